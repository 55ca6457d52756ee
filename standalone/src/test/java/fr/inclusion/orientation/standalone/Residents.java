package fr.inclusion.orientation.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The residents' identities (first names, phone numbers, e-mail addresses) the end-to-end journeys send to the stack,
 * written to a file as they are used, so that {@link LeakScanIT}, which runs after the journeys, knows what must
 * never appear in a Kafka record or a log line. Every journey that sends a resident records it here.
 */
final class Residents {

    /** {@code target/e2e-residents.txt} of the standalone module unless the build says otherwise. */
    static final Path FILE = Path.of(System.getProperty("orientation.residents", "target/e2e-residents.txt"));

    private Residents() {
    }

    /** Records identities about to be sent; returns the first (the first name), for use inline. */
    static synchronized String sent(String... identities) {
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, String.join("\n", identities) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return identities[0];
    }

    static synchronized List<String> recorded() {
        try {
            return Files.exists(FILE) ? Files.readAllLines(FILE, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(line -> !line.isEmpty()).distinct().toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
