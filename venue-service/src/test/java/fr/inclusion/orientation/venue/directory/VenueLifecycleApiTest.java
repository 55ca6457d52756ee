package fr.inclusion.orientation.venue.directory;

import static fr.inclusion.orientation.venue.VenueApi.ADMIN;
import static fr.inclusion.orientation.venue.VenueApi.assertProblem;
import static fr.inclusion.orientation.venue.VenueApi.errorFields;
import static fr.inclusion.orientation.venue.VenueApi.eventsOf;
import static fr.inclusion.orientation.venue.VenueApi.json;
import static fr.inclusion.orientation.venue.VenueApi.read;
import static fr.inclusion.orientation.venue.VenueApi.venue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

import fr.inclusion.orientation.contracts.venue.VenueAvailabilityChanged;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.contracts.venue.VenueRegistered;
import fr.inclusion.orientation.contracts.venue.VenueWithdrawn;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.TestJwts;
import fr.inclusion.orientation.venue.VenueApi;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueHistoryEntry;
import fr.inclusion.orientation.venue.directory.domain.Venues;
import fr.inclusion.orientation.venue.directory.persistence.VenueDocument;

/**
 * Withdrawal, availability and history through HTTP with the store and broker real. Same configuration as
 * {@code VenueServiceTest}, so the two share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "orientation.demo-data.enabled=true")
@RealInfrastructure
class VenueLifecycleApiTest {

    private static final String COORDINATOR = TestJwts.coordinator("coord.revigny", "245501184");
    private static final String SECRETARY = TestJwts.secretary("secretaire.revigny", "55427");

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Venues venues;

    private VenueApi api;

    @BeforeEach
    void api() {
        api = new VenueApi(port);
    }

    // --- withdrawal ---------------------------------------------------------------------------------------------

    @Test
    void aCoordinatorWithdrawsAVenueWhichLeavesTheListButStaysReadable() {
        String id = api.registered();

        HttpResponse<String> withdrawn = api.send("DELETE", "/api/venues/" + id, COORDINATOR, null);

        assertThat(withdrawn.statusCode()).isEqualTo(204);
        assertThat(withdrawn.body()).isEmpty();
        JsonNode venue = read(api.get("/api/venues/" + id, SECRETARY));
        assertThat(venue.path("active").asBoolean()).isFalse();
        assertThat(venue.path("version").asLong()).isEqualTo(2);
        assertThat(read(api.get("/api/venues?q=" + id.substring(5, 13), SECRETARY)).path("total").asLong())
                .as("no longer listed").isZero();
    }

    @Test
    void withdrawingTwiceAnswers204AndPublishesOneWithdrawal() {
        String id = api.registered();

        assertThat(api.send("DELETE", "/api/venues/" + id, ADMIN, null).statusCode()).isEqualTo(204);
        assertThat(api.send("DELETE", "/api/venues/" + id, ADMIN, null).statusCode()).isEqualTo(204);

        awaitOutboxDrained(id);
        List<VenueEvent> events = eventsOf(id);
        assertThat(events).extracting(VenueEvent::type)
                .containsExactly(VenueRegistered.TYPE, VenueWithdrawn.TYPE);
        assertThat(events.get(1)).isInstanceOfSatisfying(VenueWithdrawn.class, e -> {
            assertThat(e.version()).isEqualTo(2);
            assertThat(e.venue().active()).isFalse();
            assertThat(e.venue().nom()).as("full snapshot").isEqualTo("Espace numérique d'essai");
        });
        assertThat(read(api.get("/api/venues/" + id, ADMIN)).path("version").asLong()).isEqualTo(2);
    }

    // --- who may do what -----------------------------------------------------------------------------------------

    /**
     * Withdrawal is for admins and coordinators, even of one's own venue; availability for the venue's own staff;
     * the history for the venue's staff, coordinators and admins. {@code {id}} is a venue just registered; the
     * staff of the other venue is the staff of another one. A refused call changes nothing: the venue is still at
     * version 1.
     */
    @ParameterizedTest(name = "{0} {1} as {3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            DELETE | /api/venues/{id}              | -                      | secretary            | 403
            DELETE | /api/venues/{id}              | -                      | staff-of-venue       | 403
            DELETE | /api/venues/{id}              | -                      | anonymous            | 401
            POST   | /api/venues/{id}/availability | {"intakePaused": true} | staff-of-other-venue | 403
            POST   | /api/venues/{id}/availability | {}                     | secretary            | 403
            GET    | /api/venues/{id}/history      | -                      | coordinator          | 200
            GET    | /api/venues/{id}/history      | -                      | admin                | 200
            GET    | /api/venues/{id}/history      | -                      | secretary            | 403
            GET    | /api/venues/{id}/history      | -                      | staff-of-other-venue | 403
            """)
    void whoMayWithdrawPauseOrReadTheHistory(String method, String path, String body, String caller, int status) {
        String id = api.registered();
        String other = api.registered();
        String token = switch (caller) {
            case "anonymous" -> null;
            case "secretary" -> SECRETARY;
            case "staff-of-venue" -> TestJwts.venueStaff("lieu.test", id);
            case "staff-of-other-venue" -> TestJwts.venueStaff("lieu.test", other);
            case "coordinator" -> COORDINATOR;
            case "admin" -> ADMIN;
            default -> throw new IllegalArgumentException(caller);
        };

        HttpResponse<String> response = api.send(method, path.replace("{id}", id), token, body);

        if (status >= 400) {
            assertProblem(response, status);
        } else {
            TestHttp.assertStatus(response, status);
        }
        JsonNode venue = read(api.get("/api/venues/" + id, ADMIN));
        assertThat(venue.path("version").asLong()).isEqualTo(1);
        assertThat(venue.path("active").asBoolean()).isTrue();
        assertThat(venue.path("intake_paused").asBoolean()).isFalse();
    }

    @Test
    void withdrawingAnUnknownVenueIsA404Problem() {
        JsonNode problem = assertProblem(api.send("DELETE", "/api/venues/" + VenueApi.newId(), ADMIN, null), 404);

        assertThat(problem.path("title").asString()).isEqualTo("Lieu introuvable");
    }

    // --- availability -------------------------------------------------------------------------------------------

    @Test
    void venueStaffPauseTheirIntakeWithACapacityAndTheEventCarriesBoth() {
        String id = api.registered();
        String staff = TestJwts.venueStaff("lieu.test", id);

        HttpResponse<String> response = api.send("POST", "/api/venues/" + id + "/availability", staff,
                "{\"intakePaused\": true, \"weeklyCapacity\": 10}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode venue = read(response);
        assertThat(venue.path("intake_paused").asBoolean()).isTrue();
        assertThat(venue.path("weekly_capacity").asInt()).isEqualTo(10);
        assertThat(venue.path("version").asLong()).isEqualTo(2);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"2\"");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(eventsOf(id)).hasSize(2));
        assertThat(eventsOf(id).get(1)).isInstanceOfSatisfying(VenueAvailabilityChanged.class, e -> {
            assertThat(e.version()).isEqualTo(2);
            assertThat(e.venue().intakePaused()).isTrue();
            assertThat(e.venue().weeklyCapacity()).isEqualTo(10);
            assertThat(e.venue().active()).isTrue();
        });
    }

    @Test
    void theSameAvailabilityAgainAnswers200WithoutANewVersionOrEvent() {
        String id = api.registered();
        String body = "{\"intakePaused\": true}";

        api.send("POST", "/api/venues/" + id + "/availability", ADMIN, body);
        HttpResponse<String> again = api.send("POST", "/api/venues/" + id + "/availability", COORDINATOR, body);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(read(again).path("version").asLong()).isEqualTo(2);
        assertThat(read(again).path("weekly_capacity").isNull()).isTrue();
        awaitOutboxDrained(id);
        assertThat(eventsOf(id)).extracting(VenueEvent::type)
                .containsExactly(VenueRegistered.TYPE, VenueAvailabilityChanged.TYPE);
    }

    @Test
    void resumingIntakeIsAChangeToo() {
        String id = api.registered();
        api.send("POST", "/api/venues/" + id + "/availability", ADMIN, "{\"intakePaused\": true}");

        HttpResponse<String> resumed = api.send("POST", "/api/venues/" + id + "/availability", ADMIN,
                "{\"intake_paused\": false, \"weekly_capacity\": 6}");

        assertThat(read(resumed).path("intake_paused").asBoolean()).isFalse();
        assertThat(read(resumed).path("weekly_capacity").asInt()).isEqualTo(6);
        assertThat(read(resumed).path("version").asLong()).isEqualTo(3);
    }

    @Test
    void anInvalidAvailabilityNamesItsFields() {
        String id = api.registered();

        HttpResponse<String> missing = api.send("POST", "/api/venues/" + id + "/availability", ADMIN,
                "{\"weeklyCapacity\": -3}");
        HttpResponse<String> malformed = api.send("POST", "/api/venues/" + id + "/availability", ADMIN,
                "{\"intakePaused\": ");
        HttpResponse<String> wrongType = api.send("POST", "/api/venues/" + id + "/availability", ADMIN,
                "{\"intakePaused\": true, \"weeklyCapacity\": \"beaucoup\"}");

        assertProblem(missing, 400);
        assertThat(errorFields(missing)).containsExactlyInAnyOrder("intakePaused", "weeklyCapacity");
        assertProblem(malformed, 400);
        assertProblem(wrongType, 400);
        assertThat(errorFields(wrongType)).containsExactly("weeklyCapacity");
        assertThat(read(api.get("/api/venues/" + id, ADMIN)).path("version").asLong()).isEqualTo(1);
    }

    @Test
    void venueStaffSetTheirAnswerDelayWhichTheVenueShowsItsHistoryNamesAndTheEventCarries() {
        String id = api.registered();
        String staff = TestJwts.venueStaff("lieu.test", id);
        assertThat(read(api.get("/api/venues/" + id, SECRETARY)).path("answer_delay_days").isNull())
                .as("not said: the network's default applies").isTrue();

        HttpResponse<String> response = api.send("POST", "/api/venues/" + id + "/availability", staff,
                "{\"intakePaused\": false, \"answerDelayDays\": 5}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(read(response).path("answer_delay_days").asInt()).isEqualTo(5);
        assertThat(read(response).path("version").asLong()).isEqualTo(2);
        assertThat(read(api.get("/api/venues/" + id, SECRETARY)).path("answer_delay_days").asInt()).isEqualTo(5);
        JsonNode latest = read(api.get("/api/venues/" + id + "/history", staff)).path("items").path(0);
        assertThat(latest.path("kind").asString()).isEqualTo("availability_changed");
        assertThat(latest.path("fields").values()).extracting(JsonNode::asString)
                .containsExactly("answer_delay_days");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(eventsOf(id)).hasSize(2));
        assertThat(eventsOf(id).get(0).venue().answerDelayDays()).isNull();
        assertThat(eventsOf(id).get(1)).isInstanceOfSatisfying(VenueAvailabilityChanged.class, e -> {
            assertThat(e.venue().answerDelayDays()).isEqualTo(5);
            assertThat(e.venue().weeklyCapacity()).isNull();
            assertThat(e.venue().intakePaused()).isFalse();
        });
    }

    @Test
    void anUpdateOfTheRecordKeepsTheAnswerDelayAndAnAvailabilityWithoutOneGoesBackToTheDefault() {
        String id = api.registered();
        String staff = TestJwts.venueStaff("lieu.test", id);
        api.send("POST", "/api/venues/" + id + "/availability", staff, "{\"intakePaused\": false, "
                + "\"answer_delay_days\": 8}");
        Map<String, Object> edited = venue(id);
        edited.put("horaires", "Mo-Sa 09:00-12:00");

        HttpResponse<String> updated = api.send("PUT", "/api/venues/" + id, staff, json(edited));

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(read(api.get("/api/venues/" + id, ADMIN)).path("answer_delay_days").asInt()).isEqualTo(8);
        HttpResponse<String> reset = api.send("POST", "/api/venues/" + id + "/availability", staff,
                "{\"intakePaused\": false}");
        assertThat(read(reset).path("answer_delay_days").isNull()).isTrue();
        assertThat(read(reset).path("version").asLong()).isEqualTo(4);
    }

    @Test
    void anAnswerDelayOutsideOneToTwentyWorkingDaysIsA400NamingTheFieldInFrench() {
        String id = api.registered();

        for (String days : List.of("0", "21", "-1", "\"cinq\"")) {
            HttpResponse<String> refused = api.send("POST", "/api/venues/" + id + "/availability", ADMIN,
                    "{\"intakePaused\": false, \"answerDelayDays\": " + days + "}");

            assertProblem(refused, 400);
            assertThat(errorFields(refused)).as(days).containsExactly("answerDelayDays");
        }
        HttpResponse<String> tooLong = api.send("POST", "/api/venues/" + id + "/availability", ADMIN,
                "{\"intakePaused\": false, \"answerDelayDays\": 21}");
        assertThat(read(tooLong).path("errors").path(0).path("message").asString())
                .isEqualTo("délai de réponse en jours ouvrés, de 1 à 20");
        assertThat(read(api.get("/api/venues/" + id, ADMIN)).path("version").asLong()).isEqualTo(1);
    }

    @Test
    void theAnswerDelayIsNotAFieldOfTheNationalStandardExport() {
        String id = api.registered();
        api.send("POST", "/api/venues/" + id + "/availability", ADMIN,
                "{\"intakePaused\": false, \"answerDelayDays\": 5}");

        HttpResponse<String> csv = api.get("/api/venues/export?format=csv&departement=55", ADMIN);
        HttpResponse<String> exported = api.get("/api/venues/export?format=json&departement=55", ADMIN);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().findFirst().orElseThrow()).doesNotContain("delay", "delai", "weekly");
        assertThat(csv.body()).contains(id);
        JsonNode ours = read(exported).values().stream().filter(v -> v.path("id").asString().equals(id))
                .findFirst().orElseThrow();
        assertThat(ours.propertyNames()).doesNotContain("answer_delay_days", "answerDelayDays", "weekly_capacity");
    }

    @Test
    void theAvailabilityOfAnUnknownVenueIsA404Problem() {
        assertProblem(api.send("POST", "/api/venues/" + VenueApi.newId() + "/availability", ADMIN,
                "{\"intakePaused\": true}"), 404);
    }

    // --- history ------------------------------------------------------------------------------------------------

    @Test
    void theHistorySaysWhoChangedWhatAndWhenNewestFirst() {
        String id = api.registered();
        String staff = TestJwts.venueStaff("lieu.test", id);
        Map<String, Object> edited = venue(id);
        edited.put("horaires", "Mo-Sa 09:00-12:00");
        edited.put("code_postal", "55000");
        assertThat(api.send("PUT", "/api/venues/" + id, staff, json(edited)).statusCode()).isEqualTo(200);
        api.send("POST", "/api/venues/" + id + "/availability", staff, "{\"intakePaused\": true}");
        api.send("DELETE", "/api/venues/" + id, COORDINATOR, null);

        HttpResponse<String> response = api.get("/api/venues/" + id + "/history", staff);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode history = read(response);
        assertThat(history.path("total").asLong()).isEqualTo(4);
        List<JsonNode> items = history.path("items").values().stream().toList();
        assertThat(items).extracting(i -> i.path("kind").asString())
                .containsExactly("withdrawn", "availability_changed", "updated", "registered");
        assertThat(items).extracting(i -> i.path("by").asString()).containsExactly(
                TestJwts.subjectOf("coord.revigny"), TestJwts.subjectOf("lieu.test"),
                TestJwts.subjectOf("lieu.test"), TestJwts.subjectOf("admin"));
        assertThat(items.get(2).path("fields").values()).extracting(JsonNode::asString)
                .containsExactly("code_postal", "horaires");
        assertThat(items.get(1).path("fields").values()).extracting(JsonNode::asString)
                .containsExactly("intake_paused");
        Instant withdrawnAt = Instant.parse(items.get(0).path("at").asString());
        Instant registeredAt = Instant.parse(items.get(3).path("at").asString());
        assertThat(withdrawnAt).isAfterOrEqualTo(registeredAt);
    }

    @Test
    void aRefusedHistorySaysWhyAndAnUnknownVenueHasNone() {
        String id = api.registered();
        String other = api.registered();

        JsonNode refused = assertProblem(api.get("/api/venues/" + id + "/history",
                TestJwts.venueStaff("lieu.test", other)), 403);
        assertThat(refused.path("detail").asString()).contains("historique");
        assertProblem(api.get("/api/venues/" + VenueApi.newId() + "/history", ADMIN), 404);
    }

    @Test
    void theHistoryKeepsTheLastHundredChanges() {
        String id = api.registered();
        for (int capacity = 1; capacity <= VenueHistoryEntry.KEPT + 5; capacity++) {
            Venue current = venues.byId(id).orElseThrow();
            venues.record(current.changeAvailability(false, capacity, null, "load-test", Instant.now()).orElseThrow());
        }

        List<VenueHistoryEntry> history = venues.history(id).orElseThrow();

        assertThat(history).hasSize(VenueHistoryEntry.KEPT);
        assertThat(history.getFirst().kind()).isEqualTo("availability_changed");
        assertThat(history).noneMatch(entry -> entry.kind().equals("registered"));
        JsonNode page = read(api.get("/api/venues/" + id + "/history?page=1&size=30", ADMIN));
        assertThat(page.path("total").asLong()).isEqualTo(VenueHistoryEntry.KEPT);
        assertThat(page.path("items").size()).isEqualTo(30);
        assertThat(venues.byId(id).orElseThrow().weeklyCapacity()).isEqualTo(VenueHistoryEntry.KEPT + 5);
    }

    private void awaitOutboxDrained(String id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                mongo.findById(id, Document.class, VenueDocument.COLLECTION).getList("outbox", Document.class))
                .isEmpty());
    }
}
