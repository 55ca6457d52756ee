package fr.inclusion.orientation.venue.territory.domain;

import java.util.List;
import java.util.Optional;

/** Port: the EPCI of the communes the service knows. */
public interface Epcis {

    Optional<Epci> bySiren(String siren);

    List<Epci> all();

    /** The EPCI counted in this département (see {@link Epci#departement()}). */
    default List<Epci> inDepartement(String departement) {
        return all().stream().filter(e -> e.departement().equals(departement)).toList();
    }
}
