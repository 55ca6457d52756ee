package fr.inclusion.orientation.venue.exchange.domain;

/**
 * Why a record of an import was not taken: one entry per problem, so a record may have several.
 *
 * @param line   the record's line in the file (header = line 1) or, in a JSON array, its position from 1
 * @param field  the standard's name of the field at fault ({@code code_postal}, {@code stops[0].from}); absent
 *               when the whole record is unreadable
 * @param reason in French, for the producer of the file
 */
public record Rejection(int line, String field, String reason) {
}
