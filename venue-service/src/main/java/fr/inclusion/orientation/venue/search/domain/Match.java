package fr.inclusion.orientation.venue.search.domain;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * One result of a search.
 *
 * @param missed         the constraints asked for that the venue misses (in {@link Constraint} order; the reasons
 *                       say each in French), empty when it meets them all
 * @param nextOpening    when the venue's own hours next open it (Europe/Paris wall-clock time), if they say
 * @param nextMobileStop its next stop in the resident's commune, if it stops there
 */
public record Match(SearchableVenue venue, double distanceKm, double score, List<String> reasons,
        List<Constraint> missed, Optional<LocalDateTime> nextOpening,
        Optional<SearchableVenue.NextStop> nextMobileStop) {

    public Match {
        reasons = List.copyOf(reasons);
        missed = List.copyOf(missed);
    }

    /** Meets every constraint asked for (the first tier of the results). */
    public boolean meetsConstraints() {
        return missed.isEmpty();
    }
}
