package fr.inclusion.orientation.venue.search.domain;

/** The venue nearest to a commune for a service, and how far (0 when it stops in the commune). */
public record Nearest(SearchableVenue venue, double distanceKm) {
}
