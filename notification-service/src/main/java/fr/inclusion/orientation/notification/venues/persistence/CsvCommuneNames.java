package fr.inclusion.orientation.notification.venues.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.notification.venues.domain.CommuneNames;

/**
 * Commune names from the territory reference files (a copy of venue-service's {@code territory/communes-55.csv}:
 * header {@code code_insee,nom,…}), loaded once at start. Another département is another file matched by the
 * pattern {@code notification.inbox.communes}. A malformed file stops the service at start, naming file and line.
 */
@Component
class CsvCommuneNames implements CommuneNames {

    private final Map<String, String> names;

    CsvCommuneNames(@Value("${notification.inbox.communes:classpath*:territory/communes-*.csv}") String pattern) {
        this.names = Map.copyOf(load(pattern));
    }

    @Override
    public Optional<String> nameOf(String inseeCode) {
        return Optional.ofNullable(inseeCode).map(names::get);
    }

    int size() {
        return names.size();
    }

    private static Map<String, String> load(String patterns) {
        Map<String, String> names = new HashMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        for (String pattern : patterns.split(",")) {
            try {
                for (Resource resource : resolver.getResources(pattern.strip())) {
                    read(resource, names);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read commune names from " + pattern, e);
            }
        }
        return names;
    }

    private static void read(Resource resource, Map<String, String> names) throws IOException {
        try (BufferedReader in = new BufferedReader(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String header = in.readLine();
            List<String> columns = header == null ? List.of() : List.of(header.replace("\uFEFF", "").split(","));
            int code = columns.indexOf("code_insee");
            int name = columns.indexOf("nom");
            if (code < 0 || name < 0) {
                throw new IllegalStateException(resource + ": header must name code_insee and nom");
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                // Names hold no comma in the reference file; it has no quoted fields.
                String[] fields = line.split(",", -1);
                if (fields.length <= Math.max(code, name) || fields[code].isBlank() || fields[name].isBlank()) {
                    throw new IllegalStateException(resource + " line " + number + ": no code_insee or nom");
                }
                names.put(fields[code].strip(), fields[name].strip());
            }
        }
    }
}
