package fr.inclusion.orientation.venue.territory.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Port: the fragility index per commune, as last imported. */
public interface FragilityIndex {

    Optional<Fragility> of(String communeCode);

    Map<String, Fragility> all();

    /** Replaces the index of these communes (one document per commune; others are kept). */
    void saveAll(Collection<Fragility> fragilities);
}
