package fr.inclusion.orientation.venue.territory.domain;

/** A line of an imported file that was not taken, with why (in French). Line 1 is the header. */
public record RejectedLine(int line, String reason) {
}
