package fr.inclusion.orientation.support.reference;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import fr.inclusion.orientation.reference.territory.Departement;

/**
 * A service's table of communes, one département at a time: built from the départements shipped with the reference
 * module and those stored in {@link ReferenceDepartements} ({@link ReferenceDepartements#withBundled()}), then told
 * by the {@link ReferenceEventsConsumer} each département an administrator imports. A subclass keeps its own index
 * of the communes, rebuilt by {@link #index(Collection)} whenever a département changes.
 */
public abstract class CommuneTable {

    private final Map<String, Departement> departements = new HashMap<>();

    /** Knows these départements; the subclass's constructor then calls {@link #refresh()}. */
    protected CommuneTable(List<Departement> departements) {
        departements.forEach(d -> this.departements.put(d.code(), d));
    }

    /** The communes of a département imported, replacing those known for it until now. */
    public final synchronized void use(Departement departement) {
        departements.put(departement.code(), departement);
        refresh();
    }

    /** Rebuilds the subclass's index from every département known. */
    protected final synchronized void refresh() {
        index(List.copyOf(departements.values()));
    }

    /** Replaces the subclass's index with one of these départements. */
    protected abstract void index(Collection<Departement> departements);
}
