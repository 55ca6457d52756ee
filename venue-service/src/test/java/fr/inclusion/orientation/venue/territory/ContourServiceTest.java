package fr.inclusion.orientation.venue.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import fr.inclusion.orientation.reference.territory.Commune;
import fr.inclusion.orientation.reference.territory.DepartementFile;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.SharedData;
import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.TestJwts;

/**
 * Commune contours with everything real: the GeoJSON of Meuse ({@code ../shared/data/meuse-communes.geojson}, 501
 * features for 499 communes: two communes merged since have two) imported by an admin, read back per territory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ContourServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = TestJwts.admin("admin");
    private static final String COORDINATOR = TestJwts.coordinator("coord.revigny", "245501184");
    private static final String SECRETARY = TestJwts.secretary("secretaire.revigny", "55427");
    private static final String REVIGNY_EPCI = "245501184";

    @LocalServerPort
    int port;

    @Test
    void theContoursOfMeuseImportTheir499Communes() throws Exception {
        HttpResponse<String> response = importRealFile(ADMIN, "application/geo+json");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = read(response);
        assertThat(result.path("imported").asInt()).isEqualTo(499);
        assertThat(result.path("rejected").values()).isEmpty();
    }

    @Test
    void aFileOf10MegabytesPassesTheImportLimit() throws Exception {
        String padded = realFile().replaceFirst("\\{", "{" + " ".repeat(10 * 1024 * 1024));

        HttpResponse<String> response = send("POST", "/api/territory/contours", ADMIN, "application/geo+json",
                padded);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(read(response).path("imported").asInt()).isEqualTo(499);
    }

    @Test
    void aMalformedFeatureIsRejectedWithItsIndexAndTheOthersAreImported() throws Exception {
        ArrayNode features = (ArrayNode) JSON.readTree(realFile()).path("features");
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode some = collection.putArray("features");
        some.add(features.get(0));
        ObjectNode broken = (ObjectNode) features.get(2).deepCopy();
        broken.putObject("geometry").put("type", "Point").putArray("coordinates").add(5.1).add(48.8);
        some.add(broken);
        some.add(features.get(3));

        HttpResponse<String> response = send("POST", "/api/territory/contours", ADMIN, "application/json",
                JSON.writeValueAsString(collection));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = read(response);
        assertThat(result.path("imported").asInt()).isEqualTo(2);
        assertThat(result.path("rejected").values()).hasSize(1);
        assertThat(result.path("rejected").get(0).path("index").asInt()).isEqualTo(1);
        assertThat(result.path("rejected").get(0).path("reason").asString())
                .contains("géométrie").contains("Polygon");
    }

    @Test
    void anUnknownCommuneOrAnOpenRingIsRejectedInFrench() throws Exception {
        String body = """
                {"type":"FeatureCollection","features":[
                {"type":"Feature","properties":{"code":"99999"},"geometry":{"type":"Polygon",
                 "coordinates":[[[5,48],[5.1,48],[5.1,48.1],[5,48]]]}},
                {"type":"Feature","properties":{"code":"55427"},"geometry":{"type":"Polygon",
                 "coordinates":[[[5,48],[5.1,48],[5.1,48.1],[5,48.1]]]}},
                {"type":"Feature","properties":{},"geometry":null}]}""";

        JsonNode result = read(send("POST", "/api/territory/contours", ADMIN, "application/geo+json", body));

        assertThat(result.path("imported").asInt()).isZero();
        assertThat(result.path("rejected").values()).extracting(r -> r.path("index").asInt())
                .containsExactly(0, 1, 2);
        assertThat(result.path("rejected").get(0).path("reason").asString()).contains("99999 inconnue");
        assertThat(result.path("rejected").get(1).path("reason").asString()).contains("non fermé");
        assertThat(result.path("rejected").get(2).path("reason").asString()).contains("code INSEE absent");
    }

    @Test
    void aFileThatIsNoFeatureCollectionIsRefused() throws Exception {
        HttpResponse<String> response = send("POST", "/api/territory/contours", ADMIN, "application/json",
                "{\"type\":\"Feature\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("FeatureCollection");
    }

    @Test
    void onlyAdminsImportContours() throws Exception {
        assertThat(importRealFile(COORDINATOR, "application/geo+json").statusCode()).isEqualTo(403);
        assertThat(importRealFile(SECRETARY, "application/json").statusCode()).isEqualTo(403);
        assertThat(importRealFile(null, "application/json").statusCode()).isEqualTo(401);
    }

    @Test
    void theDepartementHasItsEvery499CommunesSimplified() throws Exception {
        assertThat(importRealFile(ADMIN, "application/json").statusCode()).isEqualTo(200);

        HttpResponse<String> response = send("GET", "/api/territory/contours?departement=55", COORDINATOR, null,
                null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode map = read(response);
        assertThat(map.path("communes").values()).hasSize(499);
        assertThat(map.path("count").asInt()).isEqualTo(499);
        JsonNode revigny = map.path("communes").values().stream()
                .filter(c -> c.path("code").asString().equals("55427")).findFirst().orElseThrow();
        assertThat(revigny.path("nom").asString()).isEqualTo("Revigny-sur-Ornain");
        assertThat(revigny.path("epci").asString()).isEqualTo(REVIGNY_EPCI);
        JsonNode ring = revigny.path("rings").get(0);
        assertThat(ring.size()).isGreaterThanOrEqualTo(4);
        assertThat(ring.get(0)).isEqualTo(ring.get(ring.size() - 1));
        assertThat(ring.get(0).get(0).asDouble()).isBetween(4.8, 5.2);
        assertThat(ring.get(0).get(1).asDouble()).isBetween(48.7, 48.9);
        // simplified: far fewer positions than the file's
        assertThat(response.body().length()).isLessThan((int) Files.size(SharedData.file("meuse-communes.geojson")));
        // the two communes merged since keep both their parts
        JsonNode gondrecourt = map.path("communes").values().stream()
                .filter(c -> c.path("code").asString().equals("55215")).findFirst().orElseThrow();
        assertThat(gondrecourt.path("rings").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anEpciTerritoryHasOnlyItsCommunes() throws Exception {
        assertThat(importRealFile(ADMIN, "application/json").statusCode()).isEqualTo(200);

        JsonNode map = read(send("GET", "/api/territory/contours?territory=" + REVIGNY_EPCI, ADMIN, null, null));

        Set<String> codes = map.path("communes").values().stream().map(c -> c.path("code").asString())
                .collect(Collectors.toSet());
        assertThat(codes).isEqualTo(communesOfEpci(REVIGNY_EPCI)).contains("55427").isNotEmpty();
        assertThat(map.path("communes").values()).allMatch(c -> c.path("epci").asString().equals(REVIGNY_EPCI));
    }

    @Test
    void aCommuneShowsItsFragilityOnceTheIndexIsImported() throws Exception {
        assertThat(importRealFile(ADMIN, "application/json").statusCode()).isEqualTo(200);
        assertThat(send("POST", "/api/territory/fragility", ADMIN, "text/csv",
                Files.readString(SharedData.file("ifn-meuse-communes.csv"))).statusCode()).isEqualTo(200);

        JsonNode map = read(send("GET", "/api/territory/contours?territory=" + REVIGNY_EPCI, COORDINATOR, null,
                null));

        JsonNode revigny = map.path("communes").values().stream()
                .filter(c -> c.path("code").asString().equals("55427")).findFirst().orElseThrow();
        assertThat(revigny.path("fragility").asDouble()).isEqualTo(7.428571428571429);
    }

    @Test
    void secretariesDoNotReadTheMap() throws Exception {
        assertThat(send("GET", "/api/territory/contours?departement=55", SECRETARY, null, null).statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/api/territory/contours", ADMIN, null, null).statusCode()).isEqualTo(400);
    }

    private static Set<String> communesOfEpci(String siren) {
        return DepartementFile.bundled().stream().flatMap(d -> d.communes().stream())
                .filter(c -> c.epciSiren().equals(siren)).map(Commune::code).collect(Collectors.toSet());
    }

    private String realFile() throws Exception {
        return Files.readString(SharedData.file("meuse-communes.geojson"));
    }

    private HttpResponse<String> importRealFile(String token, String contentType) throws Exception {
        return send("POST", "/api/territory/contours", token, contentType, realFile());
    }

    private HttpResponse<String> send(String method, String path, String token, String contentType, String body)
            throws Exception {
        TestHttp.Call call = TestHttp.onPort(port).call(method, path).token(token);
        return (body == null ? call : call.body(contentType, body)).send();
    }

    private static JsonNode read(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
