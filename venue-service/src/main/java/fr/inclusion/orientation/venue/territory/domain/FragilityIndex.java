package fr.inclusion.orientation.venue.territory.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Port: the fragility index per commune, as last imported. */
public interface FragilityIndex {

    Optional<Fragility> of(String communeCode);

    Map<String, Fragility> all();

    /** The index of those of these communes that have one, by INSEE code. */
    default Map<String, Fragility> ofCommunes(Collection<String> communeCodes) {
        Map<String, Fragility> found = new LinkedHashMap<>();
        for (String code : communeCodes) {
            of(code).ifPresent(fragility -> found.put(code, fragility));
        }
        return found;
    }

    /** Replaces the index of these communes (one document per commune; others are kept). */
    void saveAll(Collection<Fragility> fragilities);
}
