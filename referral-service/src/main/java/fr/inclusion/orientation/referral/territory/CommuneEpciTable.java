package fr.inclusion.orientation.referral.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.reference.territory.InseeCodes;

/**
 * EPCI of a commune, from the {@code territory/commune-epci-*.csv} files on the classpath (see SOURCES.md there):
 * the one commune→EPCI table of referral-service, read by the coordinators' scope, the escalation events and the
 * flows projection. referral-service keeps this small table of its own rather than asking venue-service, so that
 * none of them depends on a call at run time. A malformed file stops the service at start, naming the file and the
 * line.
 */
@Component
public class CommuneEpciTable {

    static final String PATTERN = "classpath*:territory/commune-epci-*.csv";

    private final Map<String, String> epciByCommune;
    /** Département of the EPCI's communes listed here: lets a département coordinator look at one of its EPCI. */
    private final Map<String, Set<String>> departementsByEpci = new HashMap<>();

    public CommuneEpciTable() {
        this.epciByCommune = load();
        epciByCommune.forEach((commune, epci) -> departementsByEpci
                .computeIfAbsent(epci, e -> new java.util.TreeSet<>())
                .add(InseeCodes.departementOf(commune)));
    }

    /** SIREN of the commune's EPCI; empty for a commune that is not in the reference files (or no code). */
    public Optional<String> epciOf(String communeCode) {
        return Optional.ofNullable(communeCode).map(epciByCommune::get);
    }

    /** Départements of the communes of an EPCI listed here; empty for an unknown EPCI. */
    public Set<String> departementsOf(String epciSiren) {
        return departementsByEpci.getOrDefault(epciSiren, Set.of());
    }

    private static Map<String, String> load() {
        Map<String, String> table = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PATTERN)) {
                try (BufferedReader reader = new BufferedReader(
                        new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
                    String header = reader.readLine();
                    if (header == null || !header.strip().equals("code_insee,epci_siren")) {
                        throw new IllegalStateException(resource + ": en-tête attendu code_insee,epci_siren");
                    }
                    String line;
                    int number = 1;
                    while ((line = reader.readLine()) != null) {
                        number++;
                        if (line.isBlank()) {
                            continue;
                        }
                        String[] cells = line.strip().split(",", -1);
                        if (cells.length != 2 || !cells[0].matches("[0-9AB]{5}") || !cells[1].matches("[0-9]{9}")) {
                            throw new IllegalStateException(resource + " ligne " + number + " invalide : " + line);
                        }
                        table.put(cells[0], cells[1]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
