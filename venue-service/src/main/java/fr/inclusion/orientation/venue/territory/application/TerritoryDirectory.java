package fr.inclusion.orientation.venue.territory.application;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.domain.CommuneNotFoundException;
import fr.inclusion.orientation.venue.territory.domain.CommuneQuery;
import fr.inclusion.orientation.venue.territory.domain.Communes;
import fr.inclusion.orientation.venue.territory.domain.Epci;
import fr.inclusion.orientation.venue.territory.domain.EpciFragility;
import fr.inclusion.orientation.venue.territory.domain.Epcis;
import fr.inclusion.orientation.venue.territory.domain.Fragility;
import fr.inclusion.orientation.venue.territory.domain.FragilityIndex;
import fr.inclusion.orientation.venue.territory.domain.SearchText;

/**
 * Looking up the territory. The reference communes change only when a département is imported, so their French
 * alphabetical order and searchable names are computed once per list of communes; the fragility index is read from
 * the store on each request, so an import shows at once.
 */
@Service
public class TerritoryDirectory {

    private final Communes communes;
    private final Epcis epcis;
    private final FragilityIndex index;
    private final Comparator<String> frenchOrder;
    private volatile ByName byName = new ByName(null, List.of());

    private record Entry(Commune commune, String searchableName) {
    }

    /** The communes of one list, by name. */
    private record ByName(List<Commune> basis, List<Entry> entries) {
    }

    public TerritoryDirectory(Communes communes, Epcis epcis, FragilityIndex index) {
        this.communes = communes;
        this.epcis = epcis;
        this.index = index;
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.SECONDARY);
        Comparator<String> order = collator::compare;
        this.frenchOrder = order;
        byName();
    }

    private List<Entry> byName() {
        List<Commune> basis = communes.all();
        ByName now = byName;
        if (now.basis() != basis) {
            now = new ByName(basis, basis.stream()
                    .sorted(Comparator.comparing(Commune::nom, frenchOrder).thenComparing(Commune::code))
                    .map(c -> new Entry(c, SearchText.normalize(c.nom())))
                    .toList());
            byName = now;
        }
        return now.entries();
    }

    /** Communes matching the query, best matches first (name or code prefixes, then name fragments), by name. */
    public CommunePage communes(CommuneQuery query, int page, int size) {
        List<Commune> prefixes = new ArrayList<>();
        List<Commune> fragments = new ArrayList<>();
        for (Entry entry : byName()) {
            OptionalInt rank = query.rank(entry.commune(), entry.searchableName());
            if (rank.isPresent()) {
                (rank.getAsInt() == CommuneQuery.PREFIX ? prefixes : fragments).add(entry.commune());
            }
        }
        prefixes.addAll(fragments);
        long from = (long) page * size;
        List<Commune> slice = from >= prefixes.size() ? List.of()
                : prefixes.subList((int) from, (int) Math.min(prefixes.size(), from + size));
        Map<String, Fragility> fragility = index.ofCommunes(slice.stream().map(Commune::code).toList());
        return new CommunePage(slice.stream().map(c -> new CommuneProfile(c, fragility.get(c.code()))).toList(),
                prefixes.size());
    }

    public CommuneProfile commune(String code) {
        Commune commune = communes.byCode(code).orElseThrow(() -> new CommuneNotFoundException(code));
        return new CommuneProfile(commune, index.of(commune.code()).orElse(null));
    }

    /** The EPCI counted in the département (all when {@code departement} is null), by name. */
    public List<EpciProfile> epcis(String departement) {
        List<Epci> listed = departement == null ? epcis.all() : epcis.inDepartement(departement);
        Set<String> sirens = listed.stream().map(Epci::siren).collect(Collectors.toSet());
        Map<String, List<Commune>> members = communes.all().stream()
                .filter(c -> sirens.contains(c.epciSiren()))
                .collect(Collectors.groupingBy(Commune::epciSiren));
        Map<String, Fragility> fragility = departement == null ? index.all()
                : index.ofCommunes(members.values().stream().flatMap(List::stream).map(Commune::code).toList());
        return listed.stream()
                .sorted(Comparator.comparing(Epci::nom, frenchOrder).thenComparing(Epci::siren))
                .map(e -> new EpciProfile(e, EpciFragility.of(members.getOrDefault(e.siren(), List.of()),
                        fragility).orElse(null)))
                .toList();
    }
}
