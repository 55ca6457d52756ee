package fr.inclusion.orientation.venue.territory.domain;

import java.util.List;
import java.util.Optional;

/** Port: the communes the service knows, from its reference data. */
public interface Communes {

    Optional<Commune> byCode(String inseeCode);

    List<Commune> all();

    /** Communes of a territory: a département code ("55") or an EPCI SIREN ("245501184"). */
    default List<Commune> inTerritory(String territory) {
        return all().stream().filter(c -> c.belongsTo(territory)).toList();
    }
}
