package fr.inclusion.orientation.venue.territory.persistence;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.domain.Communes;
import fr.inclusion.orientation.venue.territory.domain.Epci;
import fr.inclusion.orientation.venue.territory.domain.Epcis;

/**
 * The EPCI of the reference communes. Their facts (the département where each is counted, its number of communes and
 * population, all départements included) come from the optional files matching {@code orientation.territory.epci}
 * (default {@code classpath*:territory/epci-*.csv}, header {@code epci_siren,epci_nom,departement,communes,population}).
 * An EPCI without such facts (a département shipped with its communes file only) is described from the communes
 * loaded: counted in the département holding most of their population.
 */
@Component
public class ReferenceEpcis implements Epcis {

    static final List<String> HEADER = List.of("epci_siren", "epci_nom", "departement", "communes", "population");

    private static final Pattern SIREN = Pattern.compile("\\d{9}");
    private static final Pattern DEPARTEMENT = Pattern.compile("\\d{2}|2[AB]|97\\d");

    private final Map<String, Epci> bySiren;

    public ReferenceEpcis(Communes communes,
            @Value("${orientation.territory.epci:classpath*:territory/epci-*.csv}") String location) {
        this.bySiren = Collections.unmodifiableMap(build(communes.all(), facts(location)));
    }

    @Override
    public Optional<Epci> bySiren(String siren) {
        return Optional.ofNullable(siren).map(bySiren::get);
    }

    @Override
    public List<Epci> all() {
        return List.copyOf(bySiren.values());
    }

    private static Map<String, Epci> build(List<Commune> communes, Map<String, Epci> facts) {
        Map<String, List<Commune>> members = communes.stream()
                .filter(c -> !c.epciSiren().isBlank())
                .collect(Collectors.groupingBy(Commune::epciSiren, LinkedHashMap::new, Collectors.toList()));
        Map<String, Epci> epcis = new LinkedHashMap<>();
        members.forEach((siren, loaded) -> epcis.put(siren,
                facts.containsKey(siren) ? facts.get(siren) : fromCommunes(siren, loaded)));
        return epcis;
    }

    private static Epci fromCommunes(String siren, List<Commune> loaded) {
        Map<String, Long> populationByDepartement = loaded.stream()
                .collect(Collectors.groupingBy(Commune::departement, Collectors.summingLong(Commune::population)));
        String departement = populationByDepartement.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .orElseThrow().getKey();
        return new Epci(siren, loaded.getFirst().epciNom(), departement, loaded.size(),
                loaded.stream().mapToLong(Commune::population).sum());
    }

    private static Map<String, Epci> facts(String location) {
        Map<String, Epci> facts = new LinkedHashMap<>();
        for (Resource resource : ReferenceCsv.resources(location, false)) {
            for (ReferenceCsv.Line line : ReferenceCsv.read(resource, HEADER)) {
                String siren = ReferenceCsv.matching(line, 0, "epci_siren", SIREN, "a 9-digit SIREN");
                if (line.get(1).isEmpty()) {
                    throw line.invalid("epci_nom", "the name is empty");
                }
                long communes = ReferenceCsv.integer(line, 3, "communes");
                if (communes == 0 || communes > Integer.MAX_VALUE) {
                    throw line.invalid("communes", "an EPCI has at least one commune");
                }
                // the same EPCI may be listed by the files of each département it reaches: same facts
                facts.put(siren, new Epci(siren, line.get(1),
                        ReferenceCsv.matching(line, 2, "departement", DEPARTEMENT, "a département code"),
                        (int) communes, ReferenceCsv.integer(line, 4, "population")));
            }
        }
        return facts;
    }
}
