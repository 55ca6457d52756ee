package fr.inclusion.orientation.venue.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;
import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.persistence.ReferenceCommunes;

/**
 * {@code POST /api/territory/communes}: an administrator brings another département by its reference file alone. The
 * département 985 and its communes are INVENTED (codes of an overseas shape nobody uses, invented EPCI SIREN).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class CommuneImportTest {

    static final String INVENTED = "code_insee,nom,codes_postaux,population,epci_siren,epci_nom,latitude,longitude\n"
            + "98501,Anse-aux-Lucioles,98510,1200,200099001,CC de l'Archipel Inventé,-12.5,45.25\n"
            + "98502,\"Port-Fictif, le Haut\",98520|98521,800,200099001,CC de l'Archipel Inventé,-12.61,45.1\n"
            + "98503,Îlot-Sans-EPCI,98530,40,,,-12.7,45.3\n"
            + "98504,Sans-Coordonnées,98540,10,,,,\n";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = TestJwts.admin("admin");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAdministratorImportsAnInventedDepartementAndItIsServedAtOnceAndAfterARestart() throws Exception {
        HttpResponse<String> imported = post(INVENTED, "text/csv", ADMIN);

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(JSON.readTree(imported.body())).isEqualTo(JSON.readTree("""
                {"departement": "985", "imported": 3, "rejected": [
                  {"line": 5, "field": "latitude",
                   "message": "valeur manquante : latitude attendue (nombre décimal entre -90 et 90)"},
                  {"line": 5, "field": "longitude",
                   "message": "valeur manquante : longitude attendue (nombre décimal entre -180 et 180)"}]}"""));

        JsonNode communes = read(get("/api/territory/communes?departement=985"));
        assertThat(communes.path("total").asLong()).isEqualTo(3);
        assertThat(communes.path("items").values()).extracting(c -> c.path("nom").asString())
                .containsExactly("Anse-aux-Lucioles", "Îlot-Sans-EPCI", "Port-Fictif, le Haut");
        assertThat(read(get("/api/territory/communes?q=98521")).path("items").values())
                .extracting(c -> c.path("code").asString()).containsExactly("98502");
        JsonNode epcis = read(get("/api/territory/epci?departement=985"));
        assertThat(epcis.path("items").values()).extracting(e -> e.path("siren").asString())
                .containsExactly("200099001");
        assertThat(read(get("/api/territory/communes/55427")).path("nom").asString()).isEqualTo("Revigny-sur-Ornain");

        // the event left through the outbox of the département's document
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                mongo.findById("985", Document.class, "departements").getList("outbox", Object.class)).isEmpty());
        // a restart reads the imported département back
        List<Commune> afterRestart = new ReferenceCommunes("", mongo).inTerritory("985");
        assertThat(afterRestart).extracting(Commune::code).containsExactly("98501", "98502", "98503");
    }

    @Test
    void aNewImportReplacesTheDepartementsCommunes() throws Exception {
        assertThat(post(INVENTED, "text/csv", ADMIN).statusCode()).isEqualTo(200);
        long before = version();
        String smaller = "code_insee;nom;codes_postaux;population;epci_siren;epci_nom;latitude;longitude\n"
                + "98501;Anse-aux-Lucioles;98510;1300;200099001;CC de l'Archipel Inventé;-12,5;45,25\n";

        HttpResponse<String> again = post(smaller, "text/csv", ADMIN);

        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(read(get("/api/territory/communes?departement=985")).path("total").asLong()).isEqualTo(1);
        assertThat(version()).isEqualTo(before + 1);
    }

    @Test
    void anUnreadableFileIsAProblemInFrenchNamingTheLine() throws Exception {
        long before = version();
        HttpResponse<String> response = post("code_insee,nom\n98501,\"Anse\n", "text/csv", ADMIN);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).endsWith("/invalid-communes-file");
        assertThat(problem.path("title").asString()).isEqualTo("Fichier des communes invalide");
        assertThat(problem.path("line").asInt()).isEqualTo(2);
        assertThat(problem.path("detail").asString()).startsWith("Fichier illisible, ligne 2 : ");
        assertThat(version()).as("nothing written").isEqualTo(before);
    }

    @Test
    void onlyAnAdministratorImports() throws Exception {
        assertThat(post(INVENTED, "text/csv", TestJwts.coordinator("coord", "55")).statusCode()).isEqualTo(403);
        assertThat(post(INVENTED, "text/csv", TestJwts.secretary("sec", "55427")).statusCode()).isEqualTo(403);
        assertThat(post(INVENTED, "text/csv", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aBrowserFormSendsTheFileAsAMultipartPart() throws Exception {
        String boundary = "----formulaire";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"985.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + INVENTED + "\r\n--" + boundary + "--\r\n";

        HttpResponse<String> response = post(body, "multipart/form-data; boundary=" + boundary, ADMIN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("imported").asInt()).isEqualTo(3);
    }

    /** Imports of 985 so far (the tests of this class share one store). */
    private long version() {
        Document document = mongo.findById("985", Document.class, "departements");
        return document == null ? 0 : ((Number) document.get("version")).longValue();
    }

    private HttpResponse<String> post(String body, String contentType, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/api/territory/communes")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + ADMIN).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode read(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
