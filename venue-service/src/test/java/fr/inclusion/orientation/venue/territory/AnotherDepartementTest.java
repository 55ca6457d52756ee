package fr.inclusion.orientation.venue.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;

/**
 * The service started on reference files outside the jar: {@code orientation.territory.communes} points at a directory
 * holding the Meuse file and a second département's file of the same shape (Corse-du-Sud, 2A, with a letter in its
 * codes). The second file is SYNTHETIC: real commune codes and names, invented figures and EPCI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class AnotherDepartementTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = TestJwts.admin("admin");
    private static final Path REFERENCE = referenceDirectory();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void referenceFiles(DynamicPropertyRegistry registry) {
        registry.add("orientation.territory.communes", () -> "file:" + REFERENCE + "/communes-*.csv");
    }

    @Test
    void bothDepartementsAreServed() throws Exception {
        JsonNode corse = read(get("/api/territory/communes?departement=2A"));
        JsonNode meuse = read(get("/api/territory/communes?departement=55&size=1"));
        JsonNode all = read(get("/api/territory/communes?size=1"));

        assertThat(corse.path("total").asLong()).isEqualTo(3);
        assertThat(corse.path("items").values()).extracting(c -> c.path("nom").asString())
                .containsExactly("Ajaccio", "Alata", "Bonifacio");
        assertThat(meuse.path("total").asLong()).isEqualTo(499);
        assertThat(all.path("total").asLong()).isEqualTo(502);
    }

    @Test
    void aCommuneOfTheSecondFileIsServedWithItsCodesAndEpci() throws Exception {
        JsonNode ajaccio = read(get("/api/territory/communes/2A004"));
        JsonNode byPostalCode = read(get("/api/territory/communes?q=20090"));

        assertThat(ajaccio.path("codesPostaux").values()).extracting(JsonNode::asString)
                .containsExactly("20000", "20090");
        assertThat(ajaccio.path("epci").path("nom").asString()).isEqualTo("CA synthétique, Pays ajaccien");
        assertThat(ajaccio.has("fragility")).isFalse();
        assertThat(byPostalCode.path("items").values()).extracting(c -> c.path("code").asString())
                .containsExactly("2A004");
    }

    @Test
    void theEpciOfTheSecondFileAreDescribedFromItsCommunes() throws Exception {
        JsonNode corse = read(get("/api/territory/epci?departement=2a"));
        JsonNode meuse = read(get("/api/territory/epci?departement=55"));

        assertThat(corse.path("items").values()).hasSize(2);
        JsonNode ajaccien = corse.path("items").get(0);
        assertThat(ajaccien.path("siren").asString()).isEqualTo("999000001");
        assertThat(ajaccien.path("communes").asInt()).isEqualTo(2);
        assertThat(ajaccien.path("population").asLong()).isEqualTo(75000);
        assertThat(meuse.path("total").asInt()).isEqualTo(15);
    }

    @Test
    void theFragilityIndexOfTheSecondDepartementImports() throws Exception {
        String file = "name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,poverty_rate,older_65_rate,"
                + "nscol15p_rate,total\nBonifacio,city,2A041,3,4,5,6,7,5.5\n";
        HttpResponse<String> imported = http.send(request("/api/territory/fragility")
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(file)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(read(imported).path("imported").asInt()).isEqualTo(1);
        assertThat(read(get("/api/territory/communes/2A041")).path("fragility").path("total").asDouble())
                .isEqualTo(5.5);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + ADMIN);
    }

    private static JsonNode read(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isLessThan(300);
        return JSON.readTree(response.body());
    }

    /** A directory with the synthetic Corse-du-Sud file (Meuse ships with the reference module). */
    private static Path referenceDirectory() {
        try {
            Path dir = Files.createTempDirectory("territory-");
            Path corse = Files.writeString(dir.resolve("communes-2A.csv"), String.join("\n", List.of(
                    "code_insee,nom,codes_postaux,population,epci_siren,epci_nom,latitude,longitude",
                    "2A004,Ajaccio,20000|20090,72000,999000001,\"CA synthétique, Pays ajaccien\",41.93,8.74",
                    "2A041,Bonifacio,20169,3000,999000002,CC synthétique du Sud,41.39,9.16",
                    "2A006,Alata,20167,3000,999000001,\"CA synthétique, Pays ajaccien\",41.97,8.74")) + "\n",
                    StandardCharsets.UTF_8);
            for (Path path : List.of(dir, corse)) {
                path.toFile().deleteOnExit();
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
