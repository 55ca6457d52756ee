package fr.inclusion.orientation.notification.venues.domain;

import java.util.Optional;

import fr.inclusion.orientation.reference.territory.Departement;

/** Port: commune names by INSEE code, from reference data. */
public interface CommuneNames {

    Optional<String> nameOf(String inseeCode);

    /** The communes of a département imported, replacing those known for it until now. */
    void use(Departement departement);
}
