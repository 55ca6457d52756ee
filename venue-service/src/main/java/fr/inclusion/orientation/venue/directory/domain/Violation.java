package fr.inclusion.orientation.venue.directory.domain;

/**
 * One broken rule of a venue record.
 *
 * @param field   the field's name in the national standard ({@code code_postal}, {@code stops[0].from})
 * @param message what is wrong, in French, for the person who typed or exported the record
 */
public record Violation(String field, String message) {
}
