package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leak scan finds what it looks for: planted identities in a log file and in a record's text. */
class LeakScannerTest {

    private final LeakScanner scanner = new LeakScanner(List.of("Journee1a2b3c", "06 12 34 56 78",
            "bloque9f8e7d@exemple.fr", "+33600000000"));

    @Test
    void aFirstNamePlantedInALogLineIsFoundWithItsFileAndLine(@TempDir Path logs) throws Exception {
        Files.writeString(logs.resolve("referral-service.log"), """
                2026-12-04 INFO started
                2026-12-04 WARN referral refused for resident JOURNEE1A2B3C of 55427
                """);
        Files.writeString(logs.resolve("gateway.log"), "2026-12-04 INFO nothing personal\n");

        List<LeakScanner.Hit> hits = scanner.scanFiles(logs);

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.where()).isEqualTo("referral-service.log:2");
            assertThat(hit.identity()).isEqualTo("journee1a2b3c");
        });
    }

    @Test
    void aPhoneNumberIsFoundInEachOfItsFormsAndAnEmailWhateverItsCase() {
        assertThat(scanner.scan("r", "{\"phone\":\"+33612345678\"}")).extracting(LeakScanner.Hit::identity)
                .contains("+33612345678");
        assertThat(scanner.scan("r", "tel=0612345678")).isNotEmpty();
        assertThat(scanner.scan("r", "tel=06.12.34.56.78")).isNotEmpty();
        assertThat(scanner.scan("r", "value 33600000000 sent")).isNotEmpty();
        assertThat(scanner.scan("r", "to Bloque9F8E7D@Exemple.fr")).isNotEmpty();
    }

    @Test
    void nothingPersonalIsNoHit(@TempDir Path logs) throws Exception {
        Files.writeString(logs.resolve("venue-service.log"),
                "2026-12-04 INFO referral 5d1c0a3e-0612-4b34-a56f-783300000000 accepted at 1796000000000\n");
        assertThat(scanner.scanFiles(logs)).isEmpty();
    }
}
