package fr.inclusion.orientation.venue.territory.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.domain.Communes;

/**
 * The communes of every reference file matching {@code orientation.territory.communes} (default
 * {@code classpath*:territory/communes-*.csv}, one file per département, header
 * {@code code_insee,nom,codes_postaux,population,epci_siren,epci_nom,latitude,longitude}; postal codes joined with
 * {@code |}). Adding a département is adding its file. Loaded once at start, read-only.
 */
@Component
public class ReferenceCommunes implements Communes {

    private static final List<String> HEADER = List.of("code_insee", "nom", "codes_postaux", "population",
            "epci_siren", "epci_nom", "latitude", "longitude");

    private final Map<String, Commune> byCode;

    public ReferenceCommunes(
            @Value("${orientation.territory.communes:classpath*:territory/communes-*.csv}") String location) {
        this.byCode = Collections.unmodifiableMap(load(location));
    }

    @Override
    public Optional<Commune> byCode(String inseeCode) {
        return Optional.ofNullable(inseeCode).map(byCode::get);
    }

    @Override
    public List<Commune> all() {
        return List.copyOf(byCode.values());
    }

    private static Map<String, Commune> load(String location) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
            Arrays.sort(resources, Comparator.comparing(Resource::getDescription));
            Map<String, Commune> communes = new LinkedHashMap<>();
            for (Resource resource : resources) {
                for (Commune commune : read(resource)) {
                    communes.put(commune.code(), commune);
                }
            }
            return communes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the communes reference data " + location, e);
        }
    }

    static List<Commune> read(Resource resource) throws IOException {
        List<Commune> communes = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            if (header == null || !List.of(header.replace("\uFEFF", "").strip().split(",")).equals(HEADER)) {
                throw new IllegalStateException(resource.getDescription() + ": expected header " + HEADER);
            }
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> fields = splitCsv(line);
                if (fields.size() != HEADER.size()) {
                    throw new IllegalStateException(resource.getDescription() + " line " + number + ": "
                            + fields.size() + " fields, expected " + HEADER.size());
                }
                communes.add(new Commune(fields.get(0), fields.get(1),
                        fields.get(2).isBlank() ? List.of() : List.of(fields.get(2).split("\\|")),
                        Long.parseLong(fields.get(3)), fields.get(4), fields.get(5),
                        Double.parseDouble(fields.get(6)), Double.parseDouble(fields.get(7))));
            }
        }
        return communes;
    }

    /** Comma-separated, fields optionally in double quotes (names such as "Val-d'Ornain" or with commas). */
    private static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
