package fr.inclusion.orientation.support.problem;

/** One invalid field or parameter of a request, as listed in a problem's {@code errors}: its name and why, in French. */
public record FieldError(String field, String message) {
}
