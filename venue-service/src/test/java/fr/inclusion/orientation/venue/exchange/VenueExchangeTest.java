package fr.inclusion.orientation.venue.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.Topics;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.contracts.venue.VenueRegistered;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.SharedData;
import fr.inclusion.orientation.testsupport.TestBodies;
import fr.inclusion.orientation.testsupport.TestInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;
import fr.inclusion.orientation.venue.exchange.application.StandardCsv;
import fr.inclusion.orientation.venue.exchange.domain.StandardFields;
import fr.inclusion.orientation.venue.exchange.domain.StandardRow;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueChange;
import fr.inclusion.orientation.venue.directory.domain.VenueDetails;
import fr.inclusion.orientation.venue.directory.domain.Venues;
import fr.inclusion.orientation.venue.directory.persistence.VenueDocument;

/**
 * Imports and exports in the national standard, with everything real (HTTP with test tokens, the store, the
 * broker). One context for the class, with a 1 MB import limit (and 256 KB for other bodies) so that the 413 cases
 * stay cheap; each test works on ids and a département of its own, so their order does not matter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"orientation.http.max-import-size=1MB", "orientation.http.max-body-size=256KB"})
@RealInfrastructure
class VenueExchangeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = TestJwts.admin("admin");
    private static final String COORDINATOR = TestJwts.coordinator("coord.meuse", "55");
    private static final String SECRETARY = TestJwts.secretary("secretaire.revigny", "55427");
    private static final String CSV = "text/csv";
    private static final String CSV_HEADER = "id;pivot;nom;commune;code_postal;code_insee;adresse;latitude;longitude;"
            + "telephone;services;frais_a_charge;itinerance;presentation_detail;date_maj";

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Venues venues;

    private final HttpClient http = HttpClient.newHttpClient();

    // --- import: the acceptance file ----------------------------------------------------------------------------

    @Test
    void aSemicolonFileWithBomAndCrlfImportsEveryValidLineAndReportsEveryInvalidOne() throws Exception {
        String tag = tag();
        List<String> valid = List.of(tag + "-bus", tag + "-mediatheque", tag + "-cyber");
        byte[] file = withBom(CSV_HEADER + "\r\n"
                // lines 2-3: a quoted name with the separator and quotes, a description on two lines
                + valid.get(0) + ";20004478300014;\"Bus; le \"\"Maxillien\"\"\";Revigny-sur-Ornain;55800;55427;"
                + "Parking de la gare;48.8285;4.9847;03 29 70 00 00;Aide aux démarches administratives|"
                + "Accès internet et matériel informatique;Gratuit;Itinérant;\"Un bus France Services\r\n"
                + "qui passe dans les villages\";2026-11-01\r\n"
                + tag + "-cp;20004478300014;Mairie;Sommeilles;5580;55493;1 rue;;;;;;;;2026-11-01\r\n"
                + tag + "-services;20004478300014;Mairie;Sommeilles;55800;55493;1 rue;;;;Réparation de vélos;;;;"
                + "2026-11-01\r\n"
                + tag + "-nom;20004478300014;;Sommeilles;55800;55493;1 rue;;;;;;;;2026-11-01\r\n"
                + tag + "-geo;20004478300014;Mairie;Sommeilles;55800;55493;1 rue;quarante-huit;200;;;;;;2026-11-01"
                + "\r\n"
                + valid.get(1) + ";21550427000012;Médiathèque;Revigny-sur-Ornain;55800;55427;Place Henriot du "
                + "Coudray;48,8290;4,9850;;Maîtrise des outils numériques du quotidien;Gratuit;Fixe;;2026-10-15\r\n"
                + "\r\n"
                + valid.get(2) + ";21550427000012;Espace Cyber;Revigny-sur-Ornain;55800;;Relais emploi;;;;"
                + "Accès internet et matériel informatique;Gratuit sous condition;;;2026-09-01\r\n");

        JsonNode job = importAndWait(file, CSV, COORDINATOR);

        assertThat(job.path("status").asString()).isEqualTo("DONE");
        assertThat(job.path("total").asInt()).isEqualTo(7);
        assertThat(job.path("processed").asInt()).isEqualTo(7);
        assertThat(job.path("imported").asInt()).isEqualTo(3);
        assertThat(job.path("updated").asInt()).isZero();
        assertThat(job.path("rejectedRows").asInt()).isEqualTo(4);
        assertThat(rejections(job)).containsExactlyInAnyOrder("4 code_postal", "5 services", "6 nom", "7 latitude",
                "7 longitude");
        JsonNode services = rejected(job, "services");
        assertThat(services.path("reason").asString()).contains("Réparation de vélos").contains("valeurs possibles")
                .contains("Aide aux démarches administratives");

        JsonNode bus = read(get("/api/venues/" + valid.get(0), SECRETARY));
        assertThat(bus.path("nom").asString()).isEqualTo("Bus; le \"Maxillien\"");
        assertThat(bus.path("presentation_detail").asString())
                .isEqualTo("Un bus France Services\r\nqui passe dans les villages");
        assertThat(bus.path("telephone").path(0).asString()).isEqualTo("+33329700000");
        assertThat(read(get("/api/venues/" + valid.get(1), SECRETARY)).path("latitude").asDouble()).isEqualTo(48.829);
        for (String id : valid) {
            assertThat(stored(id).getString("changedBy")).as("the importer is the actor")
                    .isEqualTo(TestJwts.subjectOf("coord.meuse"));
        }
        for (String rejected : List.of("-cp", "-services", "-nom", "-geo")) {
            assertThat(get("/api/venues/" + tag + rejected, SECRETARY).statusCode()).isEqualTo(404);
        }

        // the registrations reach the topic, once each
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            for (String id : valid) {
                assertThat(outboxOf(id)).isEmpty();
            }
        });
        Map<String, List<VenueEvent>> before = eventsOf(valid);
        valid.forEach(id -> assertThat(before.get(id)).singleElement().isInstanceOf(VenueRegistered.class));

        // the same file again changes nothing and publishes nothing
        JsonNode again = importAndWait(file, CSV, COORDINATOR);

        assertThat(again.path("status").asString()).isEqualTo("DONE");
        assertThat(again.path("imported").asInt()).isZero();
        assertThat(again.path("updated").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(3);
        assertThat(again.path("rejectedRows").asInt()).isEqualTo(4);
        for (String id : valid) {
            assertThat(stored(id).get("version", Number.class).longValue()).isEqualTo(1);
            assertThat(outboxOf(id)).isEmpty();
        }
        assertThat(eventsOf(valid)).isEqualTo(before);
    }

    @Test
    void aChangedLineUpdatesItsVenueAndKeepsItsStops() throws Exception {
        String id = tag() + "-bus";
        JsonNode registered = importAndWait(json(List.of(jsonVenue(id, "Maxillien", List.of(Map.of(
                "commune", "55493", "weekday", 2, "from", "14:00", "to", "16:00", "place", "Mairie"))))),
                "application/json", ADMIN);
        assertThat(registered.path("imported").asInt()).isEqualTo(1);

        String csv = CSV_HEADER + "\n" + id + ";20004478300014;Maxillien, nouveau nom;Revigny-sur-Ornain;55800;55427;"
                + "Parking de la gare;;;;Aide aux démarches administratives;Gratuit;Itinérant;;2026-11-02\n";
        JsonNode updated = importAndWait(csv.getBytes(StandardCharsets.UTF_8), CSV, ADMIN);

        assertThat(updated.path("updated").asInt()).isEqualTo(1);
        JsonNode venue = read(get("/api/venues/" + id, ADMIN));
        assertThat(venue.path("nom").asString()).isEqualTo("Maxillien, nouveau nom");
        assertThat(venue.path("version").asLong()).isEqualTo(2);
        assertThat(venue.path("stops").path(0).path("commune").asString()).isEqualTo("55493");
    }

    @Test
    void theOfficialExampleImportsCleanly() throws Exception {
        byte[] example = Files.readAllBytes(SharedData.file("standard/exemple-valide.csv"));

        JsonNode job = importAndWait(example, CSV, ADMIN);

        assertThat(job.path("status").asString()).isEqualTo("DONE");
        assertThat(job.path("total").asInt()).isEqualTo(1);
        assertThat(job.path("rejected").values()).isEmpty();
        JsonNode venue = read(get("/api/venues/structure-1", ADMIN));
        assertThat(venue.path("nom").asString()).isEqualTo("Anonymal");
        assertThat(venue.path("formations_labels").values()).extracting(JsonNode::asString)
                .containsExactly("Formé à « Mon Espace Santé »", "Arnia/MedNum BFC (Bourgogne-Franche-Comté)");
        assertThat(venue.path("horaires").asString()).isEqualTo("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00");
    }

    @Test
    void aJsonArrayIsImportedWithItsStopsAndItsInvalidElementsReported() throws Exception {
        String tag = tag();
        Map<String, Object> invalid = jsonVenue(tag + "-payant", "Atelier", null);
        invalid.put("frais_a_charge", List.of("gratuit"));
        byte[] file = json(List.of(
                jsonVenue(tag + "-bus", "Maxillien", List.of(Map.of("commune", "55493", "weekday", 2,
                        "from", "14:00", "to", "16:00", "place", "Place de la mairie"))),
                jsonVenue(tag + "-mediatheque", "Médiathèque", null),
                invalid));

        JsonNode job = importAndWait(file, "application/json", ADMIN);

        assertThat(job.path("format").asString()).isEqualTo("json");
        assertThat(job.path("imported").asInt()).isEqualTo(2);
        assertThat(rejections(job)).containsExactly("3 frais_a_charge");
        assertThat(rejected(job, "frais_a_charge").path("reason").asString()).contains("Gratuit sous condition");
        JsonNode bus = read(get("/api/venues/" + tag + "-bus", ADMIN));
        assertThat(bus.path("stops").path(0).path("place").asString()).isEqualTo("Place de la mairie");
        assertThat(bus.path("services").values()).hasSize(2);
    }

    @Test
    void importedVenuesAreFoundBySearchAtOnce() throws Exception {
        String id = tag() + "-cherchable";
        Map<String, Object> venue = jsonVenue(id, "Lieu importé", null);
        venue.put("latitude", 48.8296);
        venue.put("longitude", 4.9836);

        JsonNode job = importAndWait(json(List.of(venue)), "application/json", ADMIN);

        assertThat(job.path("imported").asInt()).isEqualTo(1);
        HttpResponse<String> search = get("/api/venues/search?need=" + java.net.URLEncoder.encode(
                "Aide aux démarches administratives", StandardCharsets.UTF_8) + "&commune=55427&limit=50", ADMIN);
        assertThat(search.statusCode()).as(search.body()).isEqualTo(200);
        assertThat(read(search).path("items").values()).anySatisfy(
                item -> assertThat(item.path("venue").path("id").asString()).isEqualTo(id));
    }

    @Test
    void aBrowserFormUploadIsImported() throws Exception {
        String id = tag() + "-form";
        byte[] csv = (CSV_HEADER + "\n" + id + ";20004478300014;Pôle Coopératif;Revigny-sur-Ornain;55800;55427;"
                + "2 rue;;;;Insertion professionnelle via le numérique;Payant;;;2026-11-01\n")
                .getBytes(StandardCharsets.UTF_8);
        String boundary = "----orientation" + UUID.randomUUID();

        HttpResponse<String> response = post("/api/venues/import", ADMIN,
                "multipart/form-data; boundary=" + boundary, form(boundary, "lieux.csv",
                        "application/vnd.ms-excel", csv));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        JsonNode job = waitFor(response.headers().firstValue("Location").orElseThrow(), ADMIN);
        assertThat(job.path("imported").asInt()).isEqualTo(1);
        assertThat(read(get("/api/venues/" + id, ADMIN)).path("nom").asString()).isEqualTo("Pôle Coopératif");
    }

    @Test
    void theAnswerPointsToTheJob() throws Exception {
        HttpResponse<String> response = post("/api/venues/import", ADMIN, CSV,
                csvOf(tag() + "-a").getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = read(response);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/imports/" + body.path("jobId")
                .asString());
        assertThat(body.path("total").asInt()).isEqualTo(1);
        assertThat(body.path("status").asString()).isEqualTo("PENDING");
    }

    // --- import: refusals ---------------------------------------------------------------------------------------

    @Test
    void aFileOverTheLimitIsA413Problem() throws Exception {
        byte[] big = new byte[1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'a');
        String boundary = "----orientation" + UUID.randomUUID();

        String formType = "multipart/form-data; boundary=" + boundary;
        byte[] bigForm = form(boundary, "lieux.csv", CSV, big);

        HttpResponse<String> raw = post("/api/venues/import", ADMIN, CSV, TestBodies.announced(big));
        HttpResponse<String> rawChunks = post("/api/venues/import", ADMIN, CSV, TestBodies.chunked(big));
        HttpResponse<String> form = post("/api/venues/import", ADMIN, formType, TestBodies.announced(bigForm));
        HttpResponse<String> formChunks = post("/api/venues/import", ADMIN, formType, TestBodies.chunked(bigForm));

        for (HttpResponse<String> response : List.of(raw, rawChunks, form, formChunks)) {
            assertThat(response.statusCode()).isEqualTo(413);
            assertProblem(response);
            assertThat(read(response).path("type").asString()).endsWith("/payload-too-large");
            assertThat(read(response).path("title").asString()).isEqualTo("Fichier trop volumineux");
            assertThat(read(response).path("detail").asString()).contains("1 Mo");
        }
    }

    @Test
    void aFileOverTheBodyLimitButWithinTheImportLimitIsImportedEvenInChunks() throws Exception {
        // a valid file padded to just below the import limit (1 MB), four times the body limit
        String tag = tag();
        StringBuilder file = new StringBuilder(csvOf(tag + "-padded"));
        while (file.length() < 1024 * 1024 - 200) {
            file.append("\n");
        }
        HttpResponse<String> accepted = post("/api/venues/import", ADMIN, CSV,
                TestBodies.chunked(file.toString().getBytes(StandardCharsets.UTF_8)));

        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        JsonNode job = waitFor(accepted.headers().firstValue("Location").orElseThrow(), ADMIN);
        assertThat(job.path("imported").asInt()).isEqualTo(1);
    }

    @Test
    void anotherContentTypeIsA415Problem() throws Exception {
        HttpResponse<String> text = post("/api/venues/import", ADMIN, "text/plain",
                csvOf(tag()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> xml = post("/api/venues/import", ADMIN, "application/xml", "<lieux/>".getBytes());
        HttpResponse<String> charset = post("/api/venues/import", ADMIN, "text/csv; charset=klingon",
                csvOf(tag()).getBytes(StandardCharsets.UTF_8));

        for (HttpResponse<String> response : List.of(text, xml, charset)) {
            assertThat(response.statusCode()).isEqualTo(415);
            assertProblem(response);
            assertThat(read(response).path("detail").asString()).contains("text/csv").contains("application/json");
        }
    }

    @Test
    void aBrokenFormIsA400Problem() throws Exception {
        HttpResponse<String> withoutBoundary = post("/api/venues/import", ADMIN, "multipart/form-data",
                csvOf(tag()).getBytes(StandardCharsets.UTF_8));
        String boundary = "----orientation" + UUID.randomUUID();
        HttpResponse<String> withoutFile = post("/api/venues/import", ADMIN,
                "multipart/form-data; boundary=" + boundary, ("--" + boundary + "\r\nContent-Disposition: form-data; "
                        + "name=\"autre\"\r\n\r\nx\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));

        for (HttpResponse<String> response : List.of(withoutBoundary, withoutFile)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertProblem(response);
        }
        assertThat(errorFields(withoutFile)).containsExactly("file");
    }

    @Test
    void aSecretaryMayNeitherImportNorFollowAnImport() throws Exception {
        HttpResponse<String> importing = post("/api/venues/import", SECRETARY, CSV,
                csvOf(tag()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> following = get("/api/imports/" + UUID.randomUUID(), SECRETARY);

        for (HttpResponse<String> response : List.of(importing, following)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertProblem(response);
        }
    }

    @Test
    void aFileThatIsNotTheStandardIsA400Problem() throws Exception {
        HttpResponse<String> empty = post("/api/venues/import", ADMIN, CSV, new byte[0]);
        HttpResponse<String> unknownColumn = post("/api/venues/import", ADMIN, CSV,
                (CSV_HEADER + ";couleur\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> noHeader = post("/api/venues/import", ADMIN, CSV,
                csvOf(tag()).lines().skip(1).findFirst().orElseThrow().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> notAnArray = post("/api/venues/import", ADMIN, "application/json",
                "{\"id\": \"x\"}".getBytes());

        for (HttpResponse<String> response : List.of(empty, unknownColumn, noHeader, notAnArray)) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
            assertProblem(response);
        }
        assertThat(errorFields(unknownColumn)).containsExactly("couleur");
        assertThat(errorFields(noHeader)).contains("id", "pivot", "nom");
    }

    @Test
    void aJobCutByARestartIsShownFailedSayingSoNotRunningForever() throws Exception {
        String owner = TestJwts.subjectOf("admin");
        Instant longAgo = Instant.now().minus(java.time.Duration.ofMinutes(20));
        String cut = "job-" + UUID.randomUUID();
        String legacy = "job-" + UUID.randomUUID();
        String lively = "job-" + UUID.randomUUID();
        mongo.getCollection("import_jobs").insertMany(List.of(
                storedJob(cut, owner, "RUNNING", 40, longAgo)
                        .append("lastActivityAt", java.util.Date.from(longAgo.plusSeconds(5))),
                storedJob(legacy, owner, "PENDING", 0, longAgo),
                storedJob(lively, owner, "RUNNING", 10, longAgo)
                        .append("lastActivityAt", java.util.Date.from(Instant.now()))));

        for (String id : List.of(cut, legacy)) {
            HttpResponse<String> response = get("/api/imports/" + id, ADMIN);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode job = JSON.readTree(response.body());
            assertThat(job.get("status").asString()).isEqualToIgnoringCase("failed");
            assertThat(response.body()).contains("interrompu par un redémarrage");
        }
        assertThat(JSON.readTree(get("/api/imports/" + cut, ADMIN).body()).get("processed").asInt()).isEqualTo(40);
        assertThat(JSON.readTree(get("/api/imports/" + lively, ADMIN).body()).get("status").asString())
                .isEqualToIgnoringCase("running");
    }

    /** An import job as the service stores it (lastActivityAt left to the caller: older jobs have none). */
    private static org.bson.Document storedJob(String id, String owner, String status, int processed,
            Instant createdAt) {
        return new org.bson.Document("_id", id).append("owner", owner).append("format", "csv")
                .append("status", status).append("total", 100).append("processed", processed)
                .append("imported", processed).append("updated", 0).append("unchanged", 0)
                .append("rejectedRows", 0).append("rejected", List.of()).append("rejectedTruncated", false)
                .append("createdAt", java.util.Date.from(createdAt));
    }

    @Test
    void someoneElsesJobIsA404Problem() throws Exception {
        HttpResponse<String> accepted = post("/api/venues/import", ADMIN, CSV,
                csvOf(tag()).getBytes(StandardCharsets.UTF_8));
        String location = accepted.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> otherUser = get(location, COORDINATOR);
        HttpResponse<String> unknown = get("/api/imports/" + UUID.randomUUID(), ADMIN);

        for (HttpResponse<String> response : List.of(otherUser, unknown)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertProblem(response);
        }
        assertThat(get(location, ADMIN).statusCode()).isEqualTo(200);
    }

    // --- export -------------------------------------------------------------------------------------------------

    @Test
    void importExportImportIsExact() throws Exception {
        // département 88 is this test's own
        String tag = tag();
        byte[] file = withBom(CSV_HEADER + "\r\n"
                + tag + "-a;20004478300014;\"Espace \"\"Cyber\"\", Épinal\";Épinal;88000;88160;\"1 rue\r\nde la Gare\";"
                + "48,1724;6,4493;03 29 00 00 00;Aide aux démarches administratives|Loisirs et créations numériques;"
                + "Gratuit|Payant;Fixe;\"Ateliers; le mardi\";2026-11-01\r\n"
                + tag + "-b;20004478300014;Médiathèque;Vittel;88800;;Place;48.2;5.95;;;;;;2026-01-31\r\n");
        Map<String, Object> mobile = jsonVenue(tag + "-c", "Bus des Vosges", List.of(Map.of("commune", "88160",
                "weekday", 5, "from", "09:00", "to", "12:00", "place", "Marché")));
        mobile.put("code_insee", "88160");
        mobile.put("code_postal", "88000");
        assertThat(importAndWait(file, CSV, ADMIN).path("imported").asInt()).isEqualTo(2);
        assertThat(importAndWait(json(List.of(mobile)), "application/json", ADMIN).path("imported").asInt())
                .isEqualTo(1);

        HttpResponse<byte[]> csv = export("csv", "88");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/csv"));
        List<StandardRow> rows = StandardCsv.read(csv.body(), StandardCharsets.UTF_8).rows();
        assertThat(rows).extracting(r -> r.value("id")).containsExactly(tag + "-a", tag + "-b", tag + "-c");
        assertThat(rows.getFirst().value("latitude")).isEqualTo("48.1724");
        assertThat(rows.getFirst().value("telephone")).isEqualTo("+33329000000");

        JsonNode reimported = importAndWait(csv.body(), CSV, ADMIN);
        assertThat(reimported.path("unchanged").asInt()).isEqualTo(3);
        assertThat(reimported.path("imported").asInt() + reimported.path("updated").asInt()
                + reimported.path("rejectedRows").asInt()).isZero();
        assertThat(export("csv", "88").body()).as("a second export is identical").isEqualTo(csv.body());
        assertThat(read(get("/api/venues/" + tag + "-c", ADMIN)).path("stops").values())
                .as("stops are not in the standard and survive its round trip").hasSize(1);

        HttpResponse<byte[]> json = export("json", "88");
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/json"));
        JsonNode exported = JSON.readTree(json.body());
        assertThat(exported.values()).hasSize(3);
        assertThat(exported.path(0).propertyNames()).containsSubsequence("id", "pivot", "nom", "latitude",
                "date_maj", "services").doesNotContain("stops", "version", "intake_paused");
        assertThat(exported.path(0).path("latitude").isNumber()).isTrue();
        JsonNode fromJson = importAndWait(json.body(), "application/json", ADMIN);
        assertThat(fromJson.path("unchanged").asInt()).isEqualTo(3);
        assertThat(export("json", "88").body()).isEqualTo(json.body());
        assertThat(export("csv", "88").body()).isEqualTo(csv.body());
    }

    @Test
    void namesASpreadsheetWouldRunAsFormulasAreExportedAsTextAndImportedBackAsTheyWere() throws Exception {
        // département 51 is this test's own
        String tag = tag();
        List<String> names = List.of("=HYPERLINK(\"http://x\";\"clic\")", "+33 Cyber", "-1+1 Atelier", "@SOMME(A1)",
                "'Espace");
        List<Map<String, Object>> venues = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Map<String, Object> venue = jsonVenue(tag + "-" + i, names.get(i), null);
            venue.put("commune", "Reims");
            venue.put("code_postal", "51100");
            venue.put("code_insee", "51454");
            venues.add(venue);
        }
        assertThat(importAndWait(json(venues), "application/json", ADMIN).path("imported").asInt()).isEqualTo(5);

        HttpResponse<byte[]> csv = export("csv", "51");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains(",\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\",", ",'+33 Cyber,",
                ",'-1+1 Atelier,", ",'@SOMME(A1),", ",''Espace,");

        JsonNode reimported = importAndWait(csv.body(), CSV, ADMIN);
        assertThat(reimported.path("unchanged").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(reimported.path("imported").asInt() + reimported.path("updated").asInt()
                + reimported.path("rejectedRows").asInt()).isZero();
        for (int i = 0; i < names.size(); i++) {
            assertThat(read(get("/api/venues/" + tag + "-" + i, ADMIN)).path("nom").asString())
                    .isEqualTo(names.get(i));
        }
    }

    @Test
    void theExportFollowsTheOfficialSchema() throws Exception {
        // département 52 is this test's own
        String tag = tag();
        Map<String, Object> full = jsonVenue(tag + "-full", "Tiers-lieu, \"La Fabrique\"", null);
        full.putAll(Map.of("code_postal", "52000", "code_insee", "52121", "commune", "Chaumont",
                "typologie", List.of("TIERS_LIEUX", "ASSO"), "courriels", List.of("contact@example.org"),
                "site_web", List.of("https://example.org"), "publics_specifiquement_adresses", List.of("Seniors"),
                "modalites_accompagnement", List.of("Accompagnement individuel", "À distance"),
                "prise_rdv", "https://www.rdv-solidarites.fr/"));
        Map<String, Object> minimal = new LinkedHashMap<>(Map.of("id", tag + "-min", "pivot", "W123456789",
                "nom", "Association", "commune", "Langres", "code_postal", "52200", "adresse", "2 place",
                "date_maj", "2025-12-31"));
        assertThat(importAndWait(json(List.of(full, minimal)), "application/json", ADMIN).path("imported").asInt())
                .isEqualTo(2);

        byte[] csv = export("csv", "52").body();

        JsonNode schema = JSON.readTree(SharedData.file("standard/schema.json").toFile());
        List<JsonNode> fields = schema.path("fields").values().stream().toList();
        String header = new String(csv, StandardCharsets.UTF_8).split("\r\n", 2)[0];
        assertThat(header).isEqualTo(String.join(",", fields.stream().map(f -> f.path("name").asString()).toList()));
        List<StandardRow> rows = StandardCsv.read(csv, StandardCharsets.UTF_8).rows();
        assertThat(rows).hasSize(2);
        Set<String> ids = new HashSet<>();
        for (StandardRow row : rows) {
            assertThat(row.problems()).isEmpty();
            assertThat(ids.add(row.value("id"))).as("id is unique").isTrue();
            for (JsonNode field : fields) {
                String name = field.path("name").asString();
                String value = row.value(name);
                JsonNode constraints = field.path("constraints");
                if (constraints.path("required").asBoolean(false)) {
                    assertThat(value).as(name + " is required").isNotBlank();
                }
                if (value == null) {
                    continue;
                }
                if (constraints.has("pattern")) {
                    assertThat(Pattern.compile(constraints.path("pattern").asString()).matcher(value).matches())
                            .as(name + " = " + value).isTrue();
                }
                if (constraints.has("maxLength")) {
                    assertThat(value.length()).isLessThanOrEqualTo(constraints.path("maxLength").asInt());
                }
                switch (field.path("type").asString()) {
                    case "number" -> assertThat(Double.parseDouble(value)).isFinite();
                    case "date" -> assertThat(LocalDate.parse(value)).isNotNull();
                    default -> assertThat(value).isNotNull();
                }
            }
        }
    }

    @Test
    void theDepartementFallsBackOnThePostalCodeWithoutInseeCode() throws Exception {
        String tag = tag();
        Map<String, Object> withoutInsee = jsonVenue(tag + "-sans-insee", "Sans INSEE", null);
        withoutInsee.remove("code_insee");
        withoutInsee.put("code_postal", "08000");
        Map<String, Object> elsewhere = jsonVenue(tag + "-ailleurs", "Ailleurs", null);
        elsewhere.put("code_insee", "51454");
        elsewhere.put("code_postal", "08000");
        importAndWait(json(List.of(withoutInsee, elsewhere)), "application/json", ADMIN);

        List<StandardRow> rows = StandardCsv.read(export("csv", "08").body(), StandardCharsets.UTF_8).rows();

        assertThat(rows).extracting(r -> r.value("id")).contains(tag + "-sans-insee").doesNotContain(tag
                + "-ailleurs");
    }

    @Test
    void anUnknownFormatOrDepartementIsA400Problem() throws Exception {
        HttpResponse<String> format = get("/api/venues/export?format=xlsx", SECRETARY);
        HttpResponse<String> departement = get("/api/venues/export?departement=Meuse", SECRETARY);

        assertThat(format.statusCode()).isEqualTo(400);
        assertProblem(format);
        assertThat(errorFields(format)).containsExactly("format");
        assertThat(departement.statusCode()).isEqualTo(400);
        assertThat(errorFields(departement)).containsExactly("departement");
    }

    @Test
    void anyAuthenticatedUserMayExportButNotAnonymously() throws Exception {
        assertThat(get("/api/venues/export?departement=55", SECRETARY).statusCode()).isEqualTo(200);
        HttpResponse<String> anonymous = get("/api/venues/export", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertProblem(anonymous);
    }

    // --- the store's batch registration -------------------------------------------------------------------------

    @Test
    void theWholeDirectoryIsReadPageByPageForTheIndexAndTheExport() {
        String tag = tag();
        VenueDetails details = VenueDetails.builder().pivot("20004478300014").nom("Lieu").commune("Revigny")
                .codePostal("55800").codeInsee("55427").adresse("1 rue").dateMaj(LocalDate.of(2026, 1, 1)).build();
        List<VenueChange.Registered> many = new ArrayList<>();
        for (int i = 0; i < 1_234; i++) {
            many.add(registration(tag + "-" + String.format("%04d", i), details));
        }
        assertThat(venues.registerAll(many)).isEmpty();

        List<String> indexed = new ArrayList<>();
        venues.forEachActive(venue -> {
            if (venue.id().startsWith(tag)) {
                indexed.add(venue.id());
            }
        });
        List<String> exported;
        try (var listed = venues.listedInDepartement("55")) {
            exported = listed.map(Venue::id).filter(id -> id.startsWith(tag)).toList();
        }

        assertThat(indexed).hasSize(1_234).doesNotHaveDuplicates();
        assertThat(exported).hasSize(1_234).isSorted();
    }

    @Test
    void aBatchRegistrationReportsTheIdsAlreadyTakenAndRegistersTheRest() {
        String tag = tag();
        VenueDetails details = VenueDetails.builder().pivot("20004478300014").nom("Lieu").commune("Revigny")
                .codePostal("55800").adresse("1 rue").dateMaj(LocalDate.of(2026, 1, 1)).build();
        venues.registerAll(List.of(registration(tag + "-b", details)));

        var taken = venues.registerAll(List.of(registration(tag + "-a", details), registration(tag + "-b", details),
                registration(tag + "-c", details)));

        assertThat(taken).containsExactly(tag + "-b");
        assertThat(venues.byIds(List.of(tag + "-a", tag + "-b", tag + "-c", tag + "-d")).keySet())
                .containsExactlyInAnyOrder(tag + "-a", tag + "-b", tag + "-c");
        assertThat(venues.byId(tag + "-c").map(Venue::version)).hasValue(1L);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static String tag() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static VenueChange.Registered registration(String id, VenueDetails details) {
        return Venue.register(id, details, List.of(), "test", Instant.now());
    }

    private static byte[] withBom(String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[content.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(content, 0, withBom, 3, content.length);
        return withBom;
    }

    private static String csvOf(String id) {
        return CSV_HEADER + "\n" + id + ";20004478300014;Lieu;Revigny-sur-Ornain;55800;55427;1 rue;;;;;;;;2026-11-01\n";
    }

    private static Map<String, Object> jsonVenue(String id, String nom, List<Map<String, Object>> stops) {
        Map<String, Object> venue = new LinkedHashMap<>();
        venue.put("id", id);
        venue.put("pivot", "20004478300014");
        venue.put("nom", nom);
        venue.put("commune", "Revigny-sur-Ornain");
        venue.put("code_postal", "55800");
        venue.put("code_insee", "55427");
        venue.put("adresse", "Parking de la gare");
        venue.put("date_maj", "2026-11-01");
        venue.put("services", List.of("Aide aux démarches administratives",
                "Accès internet et matériel informatique"));
        venue.put("frais_a_charge", List.of("Gratuit"));
        if (stops != null) {
            venue.put("itinerance", List.of("Itinérant"));
            venue.put("stops", stops);
        }
        return venue;
    }

    private static byte[] json(Object value) {
        return JSON.writeValueAsBytes(value);
    }

    private static byte[] form(String boundary, String fileName, String type, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private JsonNode importAndWait(byte[] file, String contentType, String token) throws Exception {
        HttpResponse<String> accepted = post("/api/venues/import", token, contentType, file);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        return waitFor(accepted.headers().firstValue("Location").orElseThrow(), token);
    }

    private JsonNode waitFor(String location, String token) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> read(get(location, token)), job -> job.path("status").asString().equals("DONE")
                        || job.path("status").asString().equals("FAILED"));
    }

    private static List<String> rejections(JsonNode job) {
        return job.path("rejected").values().stream()
                .map(r -> r.path("line").asInt() + " " + r.path("field").asString()).toList();
    }

    private static JsonNode rejected(JsonNode job, String field) {
        return job.path("rejected").values().stream().filter(r -> r.path("field").asString().equals(field))
                .findFirst().orElseThrow();
    }

    private HttpResponse<byte[]> export(String format, String departement) throws Exception {
        return http.send(request("/api/venues/export?format=" + format + "&departement=" + departement, SECRETARY)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return http.send(request(path, token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String token, String contentType, byte[] body) throws Exception {
        return post(path, token, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpResponse<String> post(String path, String token, String contentType, HttpRequest.BodyPublisher body)
            throws Exception {
        return http.send(request(path, token).header("Content-Type", contentType).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    private static JsonNode read(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = read(response);
        assertThat(problem.path("status").asInt()).isEqualTo(response.statusCode());
        assertThat(problem.path("type").asString()).startsWith("https://orientation-numerique.fr/problems/");
        assertThat(problem.path("title").asString()).isNotBlank();
    }

    private static List<String> errorFields(HttpResponse<String> response) {
        return read(response).path("errors").values().stream().map(e -> e.path("field").asString()).toList();
    }

    private Document stored(String id) {
        return mongo.findById(id, Document.class, VenueDocument.COLLECTION);
    }

    private List<Document> outboxOf(String id) {
        return stored(id).getList("outbox", Document.class);
    }

    /** Every event of these venues on the topic, by venue, read from the beginning up to the current end. */
    private static Map<String, List<VenueEvent>> eventsOf(List<String> venueIds) {
        Map<String, List<VenueEvent>> events = new LinkedHashMap<>();
        venueIds.forEach(id -> events.put(id, new ArrayList<>()));
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", TestInfrastructure.kafkaBrokers(),
                "group.id", "venue-exchange-test-" + UUID.randomUUID(),
                "enable.auto.commit", "false"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.VENUE_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    String key = new String(record.key(), StandardCharsets.UTF_8);
                    if (events.containsKey(key)) {
                        events.get(key).add(EventCodec.read(record.value(), VenueEvent.class));
                    }
                }
            }
        }
        return events;
    }
}
