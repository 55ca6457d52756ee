package fr.inclusion.orientation.venue.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import fr.inclusion.orientation.contracts.venue.VenueUpdated;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestInfrastructure;
import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.TestJwts;
import fr.inclusion.orientation.venue.directory.application.DemoVenues;
import fr.inclusion.orientation.venue.directory.domain.ConcurrentVenueChangeException;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueChange;
import fr.inclusion.orientation.venue.directory.domain.Venues;
import fr.inclusion.orientation.venue.directory.persistence.VenueDocument;

/**
 * venue-service with everything real: the API through HTTP with test tokens, the store and the broker. One context
 * for the whole class, with the demo data enabled as in standalone; every other test works on venues with ids of
 * its own, so the order of tests does not matter.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "orientation.demo-data.enabled=true")
@RealInfrastructure
class VenueServiceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = TestJwts.admin("admin");
    private static final String SECRETARY = TestJwts.secretary("secretaire.revigny", "55427");
    private static final String COORDINATOR = TestJwts.coordinator("coord.meuse", "55");
    private static final List<String> DEMO_IDS = List.of("demo-revigny-france-services", "demo-revigny-mediatheque");

    @LocalServerPort
    int port;

    @Autowired
    DemoVenues demoVenues;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Venues venues;

    // --- security ---------------------------------------------------------------------------------------------

    @Test
    void withoutATokenTheAnswerIsA401Problem() throws Exception {
        HttpResponse<String> response = send("GET", "/api/venues", null, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response);
    }

    @Test
    void aSecretaryMayNotRegisterAVenue() throws Exception {
        HttpResponse<String> response = send("POST", "/api/venues", SECRETARY, json(venue(newId())));

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response);
        assertThat(response.body()).contains("Accès refusé");
    }

    @Test
    void aSecretaryIsRefusedBeforeHerBodyIsValidated() throws Exception {
        HttpResponse<String> response = send("POST", "/api/venues", SECRETARY, "{}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response);
    }

    @Test
    void aSecretaryMayNotEditAVenue() throws Exception {
        String id = registered();

        HttpResponse<String> response = send("PUT", "/api/venues/" + id, SECRETARY, json(venue(id)));

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response);
    }

    @Test
    void venueStaffEditOnlyTheirOwnVenue() throws Exception {
        String own = registered();
        String other = registered();
        String staff = TestJwts.venueStaff("lieu.test", own);

        HttpResponse<String> refused = send("PUT", "/api/venues/" + other, staff,
                json(with(venue(other), "nom", "Repris par un autre lieu")));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertProblem(refused);
        assertThat(read(get("/api/venues/" + other, ADMIN)).path("nom").asString()).doesNotContain("Repris");

        HttpResponse<String> accepted = send("PUT", "/api/venues/" + own, staff,
                json(with(venue(own), "horaires", "Mo-Sa 09:00-12:00")));
        assertThat(accepted.statusCode()).isEqualTo(200);
        JsonNode body = read(accepted);
        assertThat(body.path("horaires").asString()).isEqualTo("Mo-Sa 09:00-12:00");
        assertThat(body.path("version").asLong()).isEqualTo(2);
        assertThat(accepted.headers().firstValue("ETag")).hasValue("\"2\"");
    }

    // --- registration and reading ------------------------------------------------------------------------------

    @Test
    void anAdminRegistersAVenueThatAnyAuthenticatedUserCanRead() throws Exception {
        String id = newId();

        HttpResponse<String> created = send("POST", "/api/venues", ADMIN, json(venue(id)));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/venues/" + id);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");

        JsonNode venue = read(get("/api/venues/" + id, SECRETARY));
        assertThat(venue.path("id").asString()).isEqualTo(id);
        assertThat(venue.path("nom").asString()).isEqualTo("Maxillien, bus France Services");
        assertThat(venue.path("code_postal").asString()).isEqualTo("55800");
        assertThat(venue.path("date_maj").asString()).isEqualTo("2026-11-01");
        assertThat(venue.path("services").values()).extracting(JsonNode::asString)
                .containsExactly("Aide aux démarches administratives", "Accès internet et matériel informatique");
        assertThat(venue.path("stops").path(0).path("commune").asString()).isEqualTo("55493");
        assertThat(venue.path("stops").path(0).path("weekday").asInt()).isEqualTo(2);
        assertThat(venue.path("version").asLong()).isEqualTo(1);
        assertThat(venue.path("active").asBoolean()).isTrue();
        assertThat(venue.path("intake_paused").asBoolean()).isFalse();
    }

    @Test
    void aCoordinatorMayRegisterAVenue() throws Exception {
        assertThat(send("POST", "/api/venues", COORDINATOR, json(venue(newId()))).statusCode()).isEqualTo(201);
    }

    @Test
    void registeringAnIdAlreadyInTheDirectoryIsAConflict() throws Exception {
        String id = registered();

        HttpResponse<String> response = send("POST", "/api/venues", ADMIN, json(with(venue(id), "nom", "Autre")));

        assertThat(response.statusCode()).isEqualTo(409);
        assertProblem(response);
        assertThat(read(response).path("type").asString()).endsWith("/venue-already-exists");
        assertThat(read(get("/api/venues/" + id, ADMIN)).path("nom").asString())
                .isEqualTo("Maxillien, bus France Services");
    }

    @Test
    void missingRequiredFieldsAreListedByTheirNamesInTheStandard() throws Exception {
        Map<String, Object> venue = venue(newId());
        venue.remove("nom");
        venue.remove("date_maj");
        venue.put("code_postal", " ");

        HttpResponse<String> response = send("POST", "/api/venues", ADMIN, json(venue));

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(errorFields(response)).containsExactlyInAnyOrder("nom", "date_maj", "code_postal");
    }

    @Test
    void valuesBreakingTheStandardAreListedWithTheirFields() throws Exception {
        Map<String, Object> venue = venue(newId());
        venue.put("pivot", "123");
        venue.put("code_postal", "558");
        venue.put("services", List.of("Aide aux démarches administratives", "Réparation de vélos"));
        venue.put("frais_a_charge", List.of("gratuit"));

        HttpResponse<String> response = send("POST", "/api/venues", ADMIN, json(venue));

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(errorFields(response)).containsExactlyInAnyOrder("pivot", "code_postal", "services",
                "frais_a_charge");
        assertThat(response.body()).contains("Réparation de vélos").contains("valeurs possibles");
    }

    @Test
    void anInvalidStopIsNamedByItsPosition() throws Exception {
        Map<String, Object> venue = venue(newId());
        venue.put("stops", List.of(Map.of("commune", "55493", "weekday", 9, "from", "14:00", "to", "16:00",
                "place", "Mairie")));

        HttpResponse<String> response = send("POST", "/api/venues", ADMIN, json(venue));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorFields(response)).containsExactly("stops[0].weekday");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() throws Exception {
        HttpResponse<String> response = send("POST", "/api/venues", ADMIN,
                json(with(venue(newId()), "latitude", "quarante-huit")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(errorFields(response)).containsExactly("latitude");
    }

    @Test
    void malformedJsonIsA400Problem() throws Exception {
        HttpResponse<String> response = send("POST", "/api/venues", ADMIN, "{\"id\": \"x\", \"nom\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertProblem(response);
        assertThat(response.body()).contains("Corps de requête illisible");
    }

    @Test
    void anUnknownVenueIsA404Problem() throws Exception {
        HttpResponse<String> read = get("/api/venues/" + newId(), SECRETARY);
        HttpResponse<String> update = send("PUT", "/api/venues/inconnu-" + newId(), ADMIN, json(venue(null)));

        assertThat(read.statusCode()).isEqualTo(404);
        assertProblem(read);
        assertThat(read.body()).contains("Lieu introuvable");
        assertThat(update.statusCode()).isEqualTo(404);
        assertProblem(update);
    }

    // --- updates ------------------------------------------------------------------------------------------------

    @Test
    void anUpdateBasedOnAnOldVersionIsAConflict() throws Exception {
        String id = registered();
        assertThat(send("PUT", "/api/venues/" + id, ADMIN, json(with(venue(id), "nom", "Premier")), "\"1\"")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> stale = send("PUT", "/api/venues/" + id, ADMIN, json(with(venue(id), "nom", "Second")),
                "\"1\"");

        assertThat(stale.statusCode()).isEqualTo(409);
        assertProblem(stale);
        assertThat(read(get("/api/venues/" + id, ADMIN)).path("nom").asString()).isEqualTo("Premier");
    }

    @Test
    void anIdInTheBodyThatDiffersFromThePathIsRefused() throws Exception {
        String id = registered();

        HttpResponse<String> response = send("PUT", "/api/venues/" + id, ADMIN, json(venue("autre-" + id)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorFields(response)).containsExactly("id");
    }

    @Test
    void repeatingAnUpdateChangesNothingMore() throws Exception {
        String id = registered();
        String body = json(with(venue(id), "nom", "Maxillien"));

        send("PUT", "/api/venues/" + id, ADMIN, body);
        HttpResponse<String> again = send("PUT", "/api/venues/" + id, ADMIN, body);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(read(again).path("version").asLong()).isEqualTo(2);
    }

    @Test
    void theStoreRefusesAChangeBasedOnAnOutdatedVersion() throws Exception {
        String id = registered();
        Venue read = venues.byId(id).orElseThrow();
        VenueChange.Updated first = read.update(read.details().toBuilder().nom("Première main").build(),
                read.stops(), "a", Instant.now()).orElseThrow();
        VenueChange.Updated second = read.update(read.details().toBuilder().nom("Seconde main").build(),
                read.stops(), "b", Instant.now()).orElseThrow();

        venues.record(first);

        assertThatThrownBy(() -> venues.record(second)).isInstanceOf(ConcurrentVenueChangeException.class);
        Venue stored = venues.byId(id).orElseThrow();
        assertThat(stored.details().nom()).isEqualTo("Première main");
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void anEmptyStopIsReportedNotAnError() throws Exception {
        Map<String, Object> venue = venue(newId());
        venue.put("stops", Arrays.asList((Object) null));

        HttpResponse<String> response = send("POST", "/api/venues", ADMIN, json(venue));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errorFields(response)).containsExactly("stops[0]");
    }

    // --- listing ------------------------------------------------------------------------------------------------

    @Test
    void theListFiltersByServiceCommuneAndTextAndPages() throws Exception {
        String tag = "Essai" + UUID.randomUUID().toString().substring(0, 8);
        register(with(with(venue(newId()), "nom", "Bus " + tag + " A"), "code_insee", "55427"));
        register(with(with(with(venue(newId()), "nom", "Bus " + tag + " B"), "code_insee", "55427"),
                "services", List.of("Maîtrise des outils numériques du quotidien")));
        register(with(with(with(venue(newId()), "nom", "Bus " + tag + " C"), "code_insee", "55517"),
                "stops", List.of()));

        JsonNode byText = read(get("/api/venues?q=" + tag.toLowerCase(), SECRETARY));
        assertThat(byText.path("total").asLong()).isEqualTo(3);
        assertThat(names(byText)).containsExactly("Bus " + tag + " A", "Bus " + tag + " B", "Bus " + tag + " C");

        JsonNode byService = read(get("/api/venues?q=" + tag + "&service="
                + encode("Maîtrise des outils numériques du quotidien"), SECRETARY));
        assertThat(names(byService)).containsExactly("Bus " + tag + " B");

        // A and B are in 55427; A and B also stop in 55493, C has no stops
        JsonNode byStop = read(get("/api/venues?q=" + tag + "&commune=55493", SECRETARY));
        assertThat(names(byStop)).containsExactly("Bus " + tag + " A", "Bus " + tag + " B");

        JsonNode byCommuneName = read(get("/api/venues?q=" + tag + "&commune=REVIGNY-SUR-ORNAIN", SECRETARY));
        assertThat(byCommuneName.path("total").asLong()).isEqualTo(3);
        assertThat(read(get("/api/venues?q=" + tag + "&commune=Sommeilles", SECRETARY)).path("total").asLong())
                .isZero();

        JsonNode secondPage = read(get("/api/venues?q=" + tag + "&page=1&size=2", SECRETARY));
        assertThat(secondPage.path("page").asInt()).isEqualTo(1);
        assertThat(secondPage.path("size").asInt()).isEqualTo(2);
        assertThat(secondPage.path("total").asLong()).isEqualTo(3);
        assertThat(names(secondPage)).containsExactly("Bus " + tag + " C");
    }

    @Test
    void listParametersOutsideTheirRangeAreA400Problem() throws Exception {
        HttpResponse<String> unknownService = get("/api/venues?service=" + encode("Réparation de vélos"), SECRETARY);
        HttpResponse<String> hugePage = get("/api/venues?size=500", SECRETARY);

        assertThat(unknownService.statusCode()).isEqualTo(400);
        assertThat(errorFields(unknownService)).containsExactly("service");
        assertThat(hugePage.statusCode()).isEqualTo(400);
        assertProblem(hugePage);
    }

    // --- events -------------------------------------------------------------------------------------------------

    @Test
    void registrationAndUpdateReachTheVenueTopicKeyedByVenueId() throws Exception {
        String id = registered();
        assertThat(send("PUT", "/api/venues/" + id, ADMIN, json(with(venue(id), "nom", "Maxillien (nouveau nom)")))
                .statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(eventsOf(id)).hasSize(2));
        List<VenueEvent> events = eventsOf(id);
        assertThat(events.get(0)).isInstanceOfSatisfying(VenueRegistered.class, e -> {
            assertThat(e.version()).isEqualTo(1);
            assertThat(e.venue().nom()).isEqualTo("Maxillien, bus France Services");
            assertThat(e.venue().codePostal()).isEqualTo("55800");
            assertThat(e.venue().stops()).extracting(s -> s.commune()).containsExactly("55493");
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(VenueUpdated.class, e -> {
            assertThat(e.version()).isEqualTo(2);
            assertThat(e.venue().nom()).isEqualTo("Maxillien (nouveau nom)");
        });
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(outboxOf(id)).isEmpty());
    }

    // --- demo data ----------------------------------------------------------------------------------------------

    @Test
    void theDemoVenuesAreRegisteredOnceAtStartAndNotAgain() throws Exception {
        assertThat(demoVenues.load()).as("second run").isZero();

        for (String id : DEMO_IDS) {
            JsonNode venue = read(get("/api/venues/" + id, TestJwts.venueStaff("lieu.test", id)));
            assertThat(venue.path("version").asLong()).isEqualTo(1);
            assertThat(venue.path("code_insee").asString()).isEqualTo("55427");
            assertThat(venue.path("source").asString()).contains("demo");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(outboxOf(id)).isEmpty());
            assertThat(eventsOf(id)).singleElement().isInstanceOf(VenueRegistered.class);
        }
        assertThat(read(get("/api/venues/demo-revigny-france-services", SECRETARY)).path("services").values())
                .extracting(JsonNode::asString).contains("Aide aux démarches administratives");
        assertThat(read(get("/api/venues/demo-revigny-mediatheque", SECRETARY)).path("services").values())
                .extracting(JsonNode::asString).contains("Maîtrise des outils numériques du quotidien",
                        "Accès internet et matériel informatique");
    }

    // --- operations ---------------------------------------------------------------------------------------------

    @Test
    void healthAndApiDescriptionNeedNoToken() throws Exception {
        assertThat(send("GET", "/actuator/health/readiness", null, null).statusCode()).isEqualTo(200);
        HttpResponse<String> apiDocs = send("GET", "/v3/api-docs", null, null);
        assertThat(apiDocs.statusCode()).isEqualTo(200);
        assertThat(apiDocs.body()).contains("/api/venues");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static String newId() {
        return "test-" + UUID.randomUUID();
    }

    /** A valid mobile venue in the standard's JSON form. */
    private static Map<String, Object> venue(String id) {
        Map<String, Object> venue = new LinkedHashMap<>();
        if (id != null) {
            venue.put("id", id);
        }
        venue.put("pivot", "20004478300014");
        venue.put("nom", "Maxillien, bus France Services");
        venue.put("commune", "Revigny-sur-Ornain");
        venue.put("code_postal", "55800");
        venue.put("code_insee", "55427");
        venue.put("adresse", "Parking de la gare");
        venue.put("latitude", 48.8285);
        venue.put("longitude", 4.9847);
        venue.put("typologie", List.of("ENM", "RFS"));
        venue.put("telephone", List.of("+33300000009"));
        venue.put("courriels", List.of("bus@example.org"));
        venue.put("horaires", "Tu 14:00-16:00; Th 09:00-12:00");
        venue.put("date_maj", "2026-11-01");
        venue.put("services",
                List.of("Aide aux démarches administratives", "Accès internet et matériel informatique"));
        venue.put("frais_a_charge", List.of("Gratuit"));
        venue.put("itinerance", List.of("Itinérant"));
        venue.put("stops", List.of(Map.of("commune", "55493", "weekday", 2, "from", "14:00", "to", "16:00",
                "place", "Place de la mairie")));
        return venue;
    }

    private static Map<String, Object> with(Map<String, Object> venue, String field, Object value) {
        venue.put(field, value);
        return venue;
    }

    private String registered() throws Exception {
        String id = newId();
        register(venue(id));
        return id;
    }

    private void register(Map<String, Object> venue) throws Exception {
        HttpResponse<String> response = send("POST", "/api/venues", ADMIN, json(venue));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return send(method, path, token, body, null);
    }

    private HttpResponse<String> send(String method, String path, String token, String body, String ifMatch)
            throws Exception {
        return TestHttp.onPort(port).call(method, path).token(token).json(body).header("If-Match", ifMatch).send();
    }

    private static String json(Object value) {
        return TestHttp.write(value);
    }

    private static JsonNode read(HttpResponse<String> response) {
        return TestHttp.json(response);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> names(JsonNode page) {
        return page.path("items").values().stream().map(item -> item.path("nom").asString()).toList();
    }

    private static void assertProblem(HttpResponse<String> response) {
        TestHttp.assertProblem(response);
    }

    private static List<String> errorFields(HttpResponse<String> response) {
        return TestHttp.errorFields(response);
    }

    private List<Document> outboxOf(String id) {
        Document stored = mongo.findById(id, Document.class, VenueDocument.COLLECTION);
        return stored.getList("outbox", Document.class);
    }

    /** Every event of the venue on the topic, in order, read from the beginning up to the current end. */
    private static List<VenueEvent> eventsOf(String venueId) {
        List<VenueEvent> events = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", TestInfrastructure.kafkaBrokers(),
                "group.id", "venue-service-test-" + UUID.randomUUID(),
                "enable.auto.commit", "false"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.VENUE_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (venueId.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                        events.add(EventCodec.read(record.value(), VenueEvent.class));
                    }
                }
            }
        }
        return events;
    }
}
