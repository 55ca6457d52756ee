package fr.inclusion.orientation.support.reference;

import fr.inclusion.orientation.reference.territory.Departement;

/**
 * A service's table of communes, built from the départements shipped with the reference module and those stored in
 * {@link ReferenceDepartements}: the {@link ReferenceEventsConsumer} tells it each département an administrator
 * imports.
 */
public interface CommuneTable {

    /** The communes of a département imported, replacing those known for it until now. */
    void use(Departement departement);
}
