package fr.inclusion.orientation.referral.territory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.reference.territory.Commune;
import fr.inclusion.orientation.reference.territory.Departement;
import fr.inclusion.orientation.reference.territory.DepartementFile;
import fr.inclusion.orientation.support.reference.CommuneTable;
import fr.inclusion.orientation.support.reference.ReferenceDepartements;

/**
 * EPCI of a commune: the one commune→EPCI table of referral-service, read by the coordinators' scope, the escalation
 * events and the flows projection. Built from the départements shipped with the reference module
 * ({@link DepartementFile#bundled()}) and from those an administrator imported ({@link #use(Departement)}, fed by
 * venue-service's {@code DepartementReferenceImported} through the {@code ReferenceEventsConsumer} of service-support), so that none of them depends on a call at run time.
 */
@Component
public class CommuneEpciTable extends CommuneTable {

    private volatile Map<String, String> epciByCommune = Map.of();
    /** Départements of the EPCI's communes listed here: lets a département coordinator look at one of its EPCI. */
    private volatile Map<String, Set<String>> departementsByEpci = Map.of();

    public CommuneEpciTable() {
        this(DepartementFile.bundled());
    }

    /** The shipped départements, then those stored from the reference stream. */
    @Autowired
    public CommuneEpciTable(ReferenceDepartements imported) {
        this(imported.withBundled());
    }

    public CommuneEpciTable(List<Departement> departements) {
        super(departements);
        refresh();
    }

    /** Whether the commune is in the reference of a département known here. */
    public boolean knows(String communeCode) {
        return communeCode != null && epciByCommune.containsKey(communeCode);
    }

    /** SIREN of the commune's EPCI; empty for a commune that is not in the reference files (or no code). */
    public Optional<String> epciOf(String communeCode) {
        return Optional.ofNullable(communeCode).map(epciByCommune::get).filter(siren -> !siren.isEmpty());
    }

    /** Départements of the communes of an EPCI listed here; empty for an unknown EPCI. */
    public Set<String> departementsOf(String epciSiren) {
        return departementsByEpci.getOrDefault(epciSiren, Set.of());
    }

    @Override
    protected void index(Collection<Departement> departements) {
        Map<String, String> epcis = new HashMap<>();
        Map<String, Set<String>> byEpci = new HashMap<>();
        for (Departement departement : departements) {
            for (Commune commune : departement.communes()) {
                epcis.put(commune.code(), commune.epciSiren());
                if (!commune.epciSiren().isEmpty()) {
                    byEpci.computeIfAbsent(commune.epciSiren(), e -> new TreeSet<>()).add(departement.code());
                }
            }
        }
        byEpci.replaceAll((epci, set) -> Set.copyOf(set));
        this.epciByCommune = Map.copyOf(epcis);
        this.departementsByEpci = Map.copyOf(byEpci);
    }
}
