package fr.inclusion.orientation.notification.venues.persistence;

import java.util.Collection;
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
public class ReferenceCommuneNames extends CommuneTable implements CommuneNames {

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
        super(departements);
        refresh();
    }

    @Override
    public Optional<String> nameOf(String inseeCode) {
        return Optional.ofNullable(inseeCode).map(names::get);
    }

    int size() {
        return names.size();
    }

    @Override
    protected void index(Collection<Departement> departements) {
        Map<String, String> all = new HashMap<>();
        departements.forEach(d -> d.communes().forEach(c -> all.put(c.code(), c.name())));
        names = Map.copyOf(all);
    }
}
