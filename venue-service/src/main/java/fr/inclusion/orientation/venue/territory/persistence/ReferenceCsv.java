package fr.inclusion.orientation.venue.territory.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import fr.inclusion.orientation.venue.territory.domain.CsvFields;

/**
 * Reading the reference files shipped with the service (or pointed at by configuration): comma-separated UTF-8,
 * fields optionally in double quotes, one exact header. Any defect stops the service at start with the file, the line
 * and what is wrong, because serving a partial territory would silently hide communes from searches and coverage.
 */
final class ReferenceCsv {

    private static final Pattern LOCATIONS = Pattern.compile("\\s*,\\s*");

    private ReferenceCsv() {
    }

    /** One data line: its number in the file (the header is line 1) and its fields, as many as the header. */
    record Line(String file, int number, List<String> fields) {

        String get(int column) {
            return fields.get(column).strip();
        }

        /** A defect of this line, to be thrown: names the file, the line and the column. */
        IllegalStateException invalid(String column, String problem) {
            return new IllegalStateException(file + " line " + number + ", column " + column + ": " + problem);
        }
    }

    /**
     * The files matching any of these comma-separated Spring resource patterns, each once, ordered by name within a
     * pattern. {@code required}: at least one file must match.
     */
    static List<Resource> resources(String locations, boolean required) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Set<String> seen = new LinkedHashSet<>();
        List<Resource> found = new ArrayList<>();
        for (String location : LOCATIONS.split(locations.strip())) {
            if (location.isEmpty()) {
                continue;
            }
            try {
                Resource[] resources = resolver.getResources(location);
                Arrays.sort(resources, Comparator.comparing(ReferenceCsv::name));
                for (Resource resource : resources) {
                    if (resource.exists() && seen.add(resource.getURI().toString())) {
                        found.add(resource);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the reference files " + location, e);
            }
        }
        if (required && found.isEmpty()) {
            throw new IllegalStateException("No reference file matches " + locations);
        }
        return found;
    }

    static List<Line> read(Resource resource, List<String> header) {
        String file = describe(resource);
        List<Line> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String first = reader.readLine();
            List<String> actual = first == null ? List.of()
                    : split(first.replace("\uFEFF", "")).stream().map(String::strip).toList();
            if (!actual.equals(header)) {
                throw new IllegalStateException(file + ": expected the header " + String.join(",", header)
                        + " but found " + (first == null ? "an empty file" : "'" + first + "'"));
            }
            String text;
            int number = 1;
            while ((text = reader.readLine()) != null) {
                number++;
                if (text.isBlank()) {
                    continue;
                }
                List<String> fields = split(text);
                if (fields.size() != header.size()) {
                    throw new IllegalStateException(file + " line " + number + ": " + fields.size()
                            + " fields, expected " + header.size() + " (" + String.join(",", header) + ")");
                }
                lines.add(new Line(file, number, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reference file " + file, e);
        }
        return lines;
    }

    static long integer(Line line, int column, String name) {
        try {
            long value = Long.parseLong(line.get(column));
            if (value < 0) {
                throw line.invalid(name, "'" + line.get(column) + "' must not be negative");
            }
            return value;
        } catch (NumberFormatException e) {
            throw line.invalid(name, "'" + line.get(column) + "' is not a whole number");
        }
    }

    static double decimal(Line line, int column, String name, double min, double max) {
        try {
            double value = Double.parseDouble(line.get(column));
            if (!(value >= min && value <= max)) {
                throw line.invalid(name, line.get(column) + " is not between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw line.invalid(name, "'" + line.get(column) + "' is not a number");
        }
    }

    static String matching(Line line, int column, String name, Pattern pattern, String expected) {
        String value = line.get(column);
        if (!pattern.matcher(value).matches()) {
            throw line.invalid(name, "'" + value + "' is not " + expected);
        }
        return value;
    }

    /** {@code file:/etc/orientation/communes-08.csv}, {@code jar:file:…!/territory/communes-55.csv}. */
    static String describe(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            return resource.getDescription();
        }
    }

    private static String name(Resource resource) {
        return resource.getFilename() == null ? resource.getDescription() : resource.getFilename();
    }

    /** Comma-separated, fields optionally in double quotes (names such as "Val-d'Ornain" or with commas). */
    static List<String> split(String line) {
        return CsvFields.split(line, ',');
    }
}
