package fr.inclusion.orientation.venue.territory.domain;

import java.time.Instant;

import fr.inclusion.orientation.reference.territory.Departement;

/**
 * Port: the départements an administrator imported. Saving one replaces its communes as a whole, makes them known
 * to {@link Communes} at once and tells every service (event {@code DepartementReferenceImported}).
 */
public interface ImportedDepartements {

    /** @return how many times this département has been imported, this one included */
    long save(Departement departement, Instant importedAt);
}
