package fr.inclusion.orientation.venue.territory.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.reference.csv.CsvFormatException;
import fr.inclusion.orientation.reference.csv.CsvText;
import fr.inclusion.orientation.reference.territory.InseeCodes;
import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.domain.Communes;
import fr.inclusion.orientation.venue.territory.domain.Epci;
import fr.inclusion.orientation.venue.territory.domain.Epcis;

/**
 * The EPCI of the reference communes. Their facts (the département where each is counted, its number of communes and
 * population, all départements included) come from the optional files matching {@code orientation.territory.epci}
 * (default {@code classpath*:territory/epci-*.csv}, header {@code epci_siren,epci_nom,departement,communes,population},
 * read with the reference module's {@link CsvText}). An EPCI without such facts (a département shipped or imported
 * with its communes file only) is described from the communes known: counted in the département holding most of
 * their population. Rebuilt when the communes change (a département imported).
 */
@Component
public class ReferenceEpcis implements Epcis {

    static final List<String> HEADER = List.of("epci_siren", "epci_nom", "departement", "communes", "population");

    private static final Pattern SIREN = Pattern.compile("\\d{9}");
    private static final Pattern COUNT = Pattern.compile("[1-9]\\d{0,5}");
    private static final Pattern POPULATION = Pattern.compile("\\d{1,12}");

    private final Communes communes;
    private final Map<String, Epci> facts;
    private volatile Built built = new Built(null, Map.of());

    /** The EPCI derived from one list of communes. */
    private record Built(List<Commune> basis, Map<String, Epci> bySiren) {
    }

    public ReferenceEpcis(Communes communes,
            @Value("${orientation.territory.epci:classpath*:territory/epci-*.csv}") String location) {
        this.communes = communes;
        this.facts = facts(location);
        current();
    }

    @Override
    public Optional<Epci> bySiren(String siren) {
        return Optional.ofNullable(siren).map(current()::get);
    }

    @Override
    public List<Epci> all() {
        return List.copyOf(current().values());
    }

    private Map<String, Epci> current() {
        List<Commune> basis = communes.all();
        Built now = built;
        if (now.basis() != basis) {
            now = new Built(basis, Collections.unmodifiableMap(build(basis, facts)));
            built = now;
        }
        return now.bySiren();
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
        for (Resource resource : resources(location)) {
            String file = resource.getDescription();
            CsvText csv;
            try {
                csv = CsvText.read(resource.getInputStream());
            } catch (CsvFormatException e) {
                throw new IllegalStateException(file + " " + e.getMessage(), e);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the reference file " + file, e);
            }
            if (!csv.header().equals(HEADER)) {
                throw new IllegalStateException(file + ": expected the header " + String.join(",", HEADER)
                        + " but found " + String.join(",", csv.header()));
            }
            for (CsvText.Row row : csv.rows()) {
                String at = file + " line " + row.line() + ": ";
                String siren = row.get("epci_siren");
                String departement = row.get("departement");
                if (row.size() != HEADER.size() || !SIREN.matcher(siren).matches() || row.get("epci_nom").isEmpty()
                        || !InseeCodes.isDepartementCode(departement) || !COUNT.matcher(row.get("communes")).matches()
                        || !POPULATION.matcher(row.get("population")).matches()) {
                    throw new IllegalStateException(at + "expected " + String.join(",", HEADER)
                            + " (SIREN of 9 digits, a name, a département code, whole numbers) but found "
                            + String.join(",", row.values()));
                }
                // the same EPCI may be listed by the files of each département it reaches: same facts
                facts.put(siren, new Epci(siren, row.get("epci_nom"), InseeCodes.requireDepartementCode(departement),
                        Integer.parseInt(row.get("communes")), Long.parseLong(row.get("population"))));
            }
        }
        return facts;
    }

    private static Resource[] resources(String location) {
        try {
            return new PathMatchingResourcePatternResolver().getResources(location);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the reference files " + location, e);
        }
    }
}
