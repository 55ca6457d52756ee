package fr.inclusion.orientation.notification.venues.persistence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.notification.venues.domain.CommuneNames;
import fr.inclusion.orientation.reference.territory.Departement;
import fr.inclusion.orientation.reference.territory.DepartementFile;
import fr.inclusion.orientation.support.reference.CommuneTable;
import fr.inclusion.orientation.support.reference.ReferenceDepartements;

/**
 * Commune names from the départements shipped with the reference module ({@link DepartementFile#bundled()}) and
 * from those an administrator imported ({@link #use(Departement)}, fed by venue-service's
 * {@code DepartementReferenceImported}).
 */
@Component
public class ReferenceCommuneNames implements CommuneNames, CommuneTable {

    private final Map<String, Departement> departements = new HashMap<>();
    private volatile Map<String, String> names = Map.of();

    public ReferenceCommuneNames() {
        this(DepartementFile.bundled());
    }

    /** The shipped départements, then those stored from the reference stream. */
    @Autowired
    public ReferenceCommuneNames(ReferenceDepartements imported) {
        this(imported.withBundled());
    }

    ReferenceCommuneNames(List<Departement> departements) {
        departements.forEach(d -> this.departements.put(d.code(), d));
        refresh();
    }

    @Override
    public synchronized void use(Departement departement) {
        departements.put(departement.code(), departement);
        refresh();
    }

    @Override
    public Optional<String> nameOf(String inseeCode) {
        return Optional.ofNullable(inseeCode).map(names::get);
    }

    int size() {
        return names.size();
    }

    private synchronized void refresh() {
        Map<String, String> all = new HashMap<>();
        departements.values().forEach(d -> d.communes().forEach(c -> all.put(c.code(), c.name())));
        names = Map.copyOf(all);
    }
}
