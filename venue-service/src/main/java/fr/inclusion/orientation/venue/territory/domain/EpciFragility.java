package fr.inclusion.orientation.venue.territory.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The fragility of an EPCI as the population-weighted mean of its communes' IFN totals, over the {@code communes}
 * that have one (computed: see {@link Fragility#computed()}). An approximation: the published EPCI index recomputes each indicator at EPCI level.
 */
public record EpciFragility(double total, int communes) {

    /** Empty when none of these communes has an index. */
    public static Optional<EpciFragility> of(Collection<Commune> communes, Map<String, Fragility> index) {
        double weighted = 0;
        long population = 0;
        double plainSum = 0;
        int indexed = 0;
        for (Commune commune : communes) {
            Fragility fragility = index.get(commune.code());
            if (fragility == null || !fragility.computed()) {
                continue;
            }
            weighted += fragility.total() * commune.population();
            population += commune.population();
            plainSum += fragility.total();
            indexed++;
        }
        if (indexed == 0) {
            return Optional.empty();
        }
        // communes without inhabitants carry no weight; if all are empty, every commune counts the same
        return Optional.of(new EpciFragility(population > 0 ? weighted / population : plainSum / indexed, indexed));
    }
}
