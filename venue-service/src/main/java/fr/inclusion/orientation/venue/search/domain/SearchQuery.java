package fr.inclusion.orientation.venue.search.domain;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Set;

/**
 * One search: the need (a {@code services} value), where the resident lives (the commune's INSEE code and
 * centroid), the constraints, the specific support asked for if any, when (Europe/Paris wall-clock time) and how
 * many results.
 *
 * @param support a {@code prise_en_charge_specifique} value, or null for "any specific support"
 */
public record SearchQuery(String need, String commune, GeoPoint origin, Set<Constraint> constraints, String support,
        LocalDateTime at, int limit) {

    public SearchQuery {
        Objects.requireNonNull(need);
        Objects.requireNonNull(commune);
        Objects.requireNonNull(origin);
        Objects.requireNonNull(at);
        constraints = Set.copyOf(constraints);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public boolean wants(Constraint constraint) {
        return constraints.contains(constraint);
    }
}
