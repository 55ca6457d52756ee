package fr.inclusion.orientation.support.problem;

/**
 * What every occurrence of one problem shares: its HTTP status, its type (the slug after
 * {@link ProblemException#TYPE_BASE}) and its French title. An exception whose problem depends on a reason keeps
 * one per reason.
 *
 * @param status HTTP status, e.g. 404
 * @param type   the problem's slug, e.g. {@code venue-not-found}
 * @param title  French, the same for every occurrence of this type
 */
public record ProblemKind(int status, String type, String title) {
}
