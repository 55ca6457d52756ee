package fr.inclusion.orientation.venue.search.domain;

import java.util.Comparator;
import java.util.Optional;

import fr.inclusion.orientation.venue.territory.domain.Commune;

/**
 * Whether a commune is within reach of the offer for a service: its nearest venue offering it (0 km when a mobile
 * venue stops there) closer than the distance asked.
 *
 * @param fragility the commune's Indice de Fragilité Numérique total (1..10, 10 = most fragile), when imported
 */
public record CommuneCoverage(Commune commune, Optional<Double> fragility, Optional<Nearest> nearest,
        boolean covered) {

    /** Uncovered first, then the most fragile, then the most populated (then by code, for a stable order). */
    public static final Comparator<CommuneCoverage> NEEDIEST_FIRST = Comparator
            .comparing(CommuneCoverage::covered)
            .thenComparing(c -> c.fragility().orElse(Double.NEGATIVE_INFINITY), Comparator.reverseOrder())
            .thenComparing(c -> c.commune().population(), Comparator.reverseOrder())
            .thenComparing(c -> c.commune().code());

    public static CommuneCoverage of(Commune commune, Optional<Double> fragility, Optional<Nearest> nearest,
            double maxKm) {
        return new CommuneCoverage(commune, fragility, nearest,
                nearest.map(n -> n.distanceKm() <= maxKm).orElse(false));
    }
}
