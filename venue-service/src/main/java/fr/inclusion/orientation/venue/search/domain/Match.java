package fr.inclusion.orientation.venue.search.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One result of a search.
 *
 * @param nextOpening    when the venue's own hours next open it (Europe/Paris wall-clock time), if they say
 * @param nextMobileStop its next stop in the resident's commune, if it stops there
 */
public record Match(SearchableVenue venue, double distanceKm, double score, List<String> reasons,
        Optional<LocalDateTime> nextOpening, Optional<SearchableVenue.NextStop> nextMobileStop) {

    public Match {
        reasons = List.copyOf(reasons);
    }
}
