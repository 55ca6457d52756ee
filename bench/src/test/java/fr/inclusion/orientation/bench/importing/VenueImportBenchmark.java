package fr.inclusion.orientation.bench.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.venue.VenueServiceApplication;
import fr.inclusion.orientation.testsupport.TestJwts;

/**
 * Import time of a 25,000-line national-standard file through HTTP, from the request to the job's DONE, with
 * the real store and broker (the outbox relay publishing the 25,000 registrations meanwhile), then the same file
 * again (every line unchanged). Not part of {@code mvn test} (the name does not end in Test); run it with
 * {@code mvn -pl bench -am test -Dtest=VenueImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false} (venue-service's
 * configuration, its test overrides given here).
 */
@SpringBootTest(classes = VenueServiceApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"orientation.http.max-import-size=64MB", "orientation.demo-data.enabled=false",
            "orientation.outbox.interval=50ms"})
@RealInfrastructure
class VenueImportBenchmark {

    static final int ROWS = 25_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = TestJwts.admin("admin");
    private static final List<String[]> COMMUNES = List.of(
            new String[] {"Revigny-sur-Ornain", "55800", "55427"}, new String[] {"Sommeilles", "55800", "55493"},
            new String[] {"Bar-le-Duc", "55000", "55029"}, new String[] {"Verdun", "55100", "55545"},
            new String[] {"Commercy", "55200", "55122"});

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void importsTwentyFiveThousandLines() throws Exception {
        byte[] file = generated(ROWS);

        long first = timeImport(file, "imported");
        long again = timeImport(file, "unchanged");

        // reported rather than asserted: on a shared machine the figure says more than a red build
        System.out.printf(Locale.ROOT, "%nBENCHMARK import of %d lines (%.1f MB): %d ms new, %d ms unchanged "
                + "(target < 15000 ms: %s)%n%n", ROWS, file.length / 1_048_576.0, first, again,
                first < 15_000 ? "met" : "MISSED");
    }

    private long timeImport(byte[] file, String expectedCounter) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/venues/import"))
                .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)).build(), HttpResponse.BodyHandlers.ofString());
        long accepted202 = (System.nanoTime() - start) / 1_000_000;
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        JsonNode job = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(100))
                .until(() -> JSON.readTree(http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + location))
                        .header("Authorization", "Bearer " + ADMIN).GET().build(),
                        HttpResponse.BodyHandlers.ofString()).body()),
                        j -> !j.path("status").asString().matches("PENDING|RUNNING"));
        long elapsed = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(Locale.ROOT, "%nBENCHMARK %s: file read and job queued in %d ms, job ran %s → %s%n",
                expectedCounter, accepted202, job.path("startedAt").asString(), job.path("finishedAt").asString());
        assertThat(job.path("status").asString()).isEqualTo("DONE");
        assertThat(job.path(expectedCounter).asInt()).as("%s, first rejection %s", expectedCounter,
                job.path("rejected").path(0)).isEqualTo(ROWS);
        return elapsed;
    }

    /** Lines as a producer would send them: {@code ;}, every common column filled, a few lists. */
    static byte[] generated(int rows) {
        StringBuilder csv = new StringBuilder("id;pivot;nom;commune;code_postal;code_insee;adresse;latitude;"
                + "longitude;typologie;telephone;courriels;horaires;presentation_resume;date_maj;services;"
                + "frais_a_charge;itinerance;modalites_acces;modalites_accompagnement\r\n");
        for (int i = 0; i < rows; i++) {
            String[] commune = COMMUNES.get(i % COMMUNES.size());
            csv.append("bench-").append(String.format(Locale.ROOT, "%06d", i)).append(';')
                    .append(String.format(Locale.ROOT, "%014d", 20004478300014L + i)).append(';')
                    .append("\"Lieu de médiation n° ").append(i).append(", « test »\";")
                    .append(commune[0]).append(';').append(commune[1]).append(';').append(commune[2]).append(';')
                    .append(i % 200).append(" rue de la Gare;")
                    .append(String.format(Locale.ROOT, "%.5f;%.5f;", 48.5 + (i % 1000) / 2000.0,
                            4.9 + (i % 700) / 1000.0))
                    .append(i % 3 == 0 ? "BIB|MUNI" : "EPN").append(';')
                    .append(String.format(Locale.ROOT, "+333290%05d", i % 100_000)).append(';')
                    .append("contact").append(i).append("@example.org;")
                    .append("\"Mo-Fr 09:00-12:00,14:00-18:00; Sa 09:00-12:00\";")
                    .append("Accompagnement aux démarches et ateliers numériques pour tous;")
                    .append("2026-11-01;")
                    .append("Aide aux démarches administratives|Maîtrise des outils numériques du quotidien;")
                    .append(i % 4 == 0 ? "Payant" : "Gratuit").append(';')
                    .append("Fixe;Se présenter|Téléphoner;Accompagnement individuel|Dans un atelier collectif\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
