package fr.inclusion.orientation.referral.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.contracts.Topics;
import fr.inclusion.orientation.referral.RunningReferralService;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;

/** Decline, close, cancel, re-route, identity-read audit and coordinators' blindness, through real HTTP. */
class ReferralLifecycleApiTest extends RunningReferralService {

    private static final String SECRETARY = TestJwts.secretary("secretaire.revigny", REVIGNY);
    private static final String OTHER_SECRETARY = TestJwts.secretary("secretaire.sommeilles", SOMMEILLES);
    private static final String COORDINATOR = TestJwts.coordinator("coord.revigny", "245501184");
    private static final String DEPARTEMENT_COORDINATOR = TestJwts.coordinator("coord.meuse", "55");
    private static final String OTHER_COORDINATOR = TestJwts.coordinator("coord.etain", "245501242");
    private static final String CONTACT = "07 98 76 54 32";
    private static final String NOTE = "Préfère être appelée le matin";
    private static final String DECLINE_MESSAGE = "Numéro de Ginette jamais joignable";
    private static final String CLOSING_NOTE = "Dossier CAF de Ginette complété";

    @Test
    void venueDeclinesWithACodedReasonAndItsMessageStaysOutOfEventsAndStore() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String firstName = uniqueFirstName();
        String id = created(venue, firstName);
        String staff = TestJwts.venueStaff("lieu.test", venue);

        HttpResponse<String> declined = post("/api/referrals/" + id + "/decline",
                "{\"reason\":\"injoignable\",\"message\":\"" + DECLINE_MESSAGE + "\"}", staff, null);
        HttpResponse<String> again = post("/api/referrals/" + id + "/decline",
                "{\"reason\":\"doublon\"}", staff, null);

        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonNode referral = json(get("/api/referrals/" + id, SECRETARY));
        assertThat(referral.get("status").asString()).isEqualTo("declined");
        assertThat(referral.get("declineMessage").asString()).isEqualTo(DECLINE_MESSAGE);
        JsonNode last = referral.get("history").get(1);
        assertThat(referral.get("history")).hasSize(2);
        assertThat(last.get("from").asString()).isEqualTo("sent");
        assertThat(last.get("to").asString()).isEqualTo("declined");
        assertThat(last.get("reason").asString()).isEqualTo("injoignable");
        assertThat(last.get("by").asString()).isEqualTo(TestJwts.subjectOf("lieu.test"));
        assertThat(last.get("at").asString()).isNotBlank();
        assertThat(publishedTypes(id)).containsExactly("ReferralSent", "ReferralDeclined");
        assertThat(mongo.findById(id, Document.class, "referrals").toJson()).doesNotContain(DECLINE_MESSAGE)
                .doesNotContain("Ginette");
        assertNoRecordMentions(firstName, CONTACT, NOTE, DECLINE_MESSAGE, "Ginette");
    }

    @Test
    void closingNeedsAnAcceptedReferralAndHappensOnce() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String id = created(venue, uniqueFirstName());
        String staff = TestJwts.venueStaff("lieu.test", venue);
        String close = "{\"outcome\":\"resolved\",\"note\":\"" + CLOSING_NOTE + "\"}";

        HttpResponse<String> tooEarly = post("/api/referrals/" + id + "/close", close, staff, null);
        post("/api/referrals/" + id + "/accept", null, staff, null);
        HttpResponse<String> closed = post("/api/referrals/" + id + "/close", close, staff, null);
        HttpResponse<String> again = post("/api/referrals/" + id + "/close", close, staff, null);
        HttpResponse<String> declineAfterClose = post("/api/referrals/" + id + "/decline",
                "{\"reason\":\"autre\"}", staff, null);

        assertProblem(tooEarly, 409);
        assertThat(json(tooEarly).get("currentStatus").asString()).isEqualTo("sent");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        assertProblem(declineAfterClose, 409);
        JsonNode referral = json(again);
        assertThat(referral.get("status").asString()).isEqualTo("closed");
        assertThat(referral.get("closingNote").asString()).isEqualTo(CLOSING_NOTE);
        assertThat(referral.get("history")).extracting(h -> h.get("to").asString())
                .containsExactly("sent", "accepted", "closed");
        assertThat(referral.get("history").get(2).get("reason").asString()).isEqualTo("resolved");
        assertThat(publishedTypes(id)).containsExactly("ReferralSent", "ReferralAccepted", "ReferralClosed");
        assertNoRecordMentions(CLOSING_NOTE);
    }

    @Test
    void onlyTheSecretaryOfTheResidentsCommuneCancels() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String id = created(venue, uniqueFirstName());
        String staff = TestJwts.venueStaff("lieu.test", venue);
        post("/api/referrals/" + id + "/accept", null, staff, null);

        assertProblem(post("/api/referrals/" + id + "/cancel", "{}", OTHER_SECRETARY, null), 404);
        assertProblem(post("/api/referrals/" + id + "/cancel", "{}", staff, null), 403);
        HttpResponse<String> cancelled = post("/api/referrals/" + id + "/cancel",
                "{\"reason\":\"Démarche faite en ligne\"}", SECRETARY, null);
        HttpResponse<String> again = post("/api/referrals/" + id + "/cancel", null, SECRETARY, null);

        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        JsonNode history = json(again).get("history");
        assertThat(history).extracting(h -> h.get("to").asString()).containsExactly("sent", "accepted", "cancelled");
        assertThat(history.get(2).get("from").asString()).isEqualTo("accepted");
        assertThat(history.get(2).get("by").asString()).isEqualTo(TestJwts.subjectOf("secretaire.revigny"));
        assertThat(publishedTypes(id)).containsExactly("ReferralSent", "ReferralAccepted", "ReferralCancelled");
        assertProblem(post("/api/referrals/" + id + "/close", "{\"outcome\":\"resolved\"}", staff, null), 409);
        // the secretary's free text is personal: sealed at rest, out of the history, shown to her with the identity
        assertThat(history.get(2).path("reason").isMissingNode() || history.get(2).path("reason").isNull()).isTrue();
        assertThat(json(again).path("cancelReason").asString()).isEqualTo("Démarche faite en ligne");
        assertThat(mongo.findById(id, Document.class, "referrals").toJson()).doesNotContain("Démarche faite en ligne");
    }

    @Test
    void invalidBodiesAreListedFieldErrors() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String id = created(venue, uniqueFirstName());
        String staff = TestJwts.venueStaff("lieu.test", venue);

        HttpResponse<String> badReason = post("/api/referrals/" + id + "/decline",
                "{\"reason\":\"pas-envie\",\"message\":\"" + "x".repeat(2001) + "\"}", staff, null);
        HttpResponse<String> noOutcome = post("/api/referrals/" + id + "/close", "{}", staff, null);
        HttpResponse<String> noVenue = post("/api/referrals/" + id + "/reroute", "{}", SECRETARY, null);
        HttpResponse<String> malformed = post("/api/referrals/" + id + "/decline", "{\"reason\":", staff, null);

        assertProblem(badReason, 400);
        assertThat(fields(badReason)).containsExactlyInAnyOrder("reason", "message");
        assertThat(badReason.body()).contains("injoignable");
        assertProblem(noOutcome, 400);
        assertThat(fields(noOutcome)).containsExactly("outcome");
        assertProblem(noVenue, 400);
        assertThat(fields(noVenue)).containsExactly("venueId");
        assertProblem(malformed, 400);
        assertThat(json(get("/api/referrals/" + id, SECRETARY)).get("status").asString()).isEqualTo("sent");
    }

    @Test
    void reroutingADeclinedReferralCreatesALinkedOneTheFirstVenueCannotRead() {
        String first = registeredVenue(List.of(ADMIN_HELP));
        String second = registeredVenue(List.of(ADMIN_HELP));
        String firstName = uniqueFirstName();
        String id = created(first, firstName);
        String firstStaff = TestJwts.venueStaff("lieu.premier", first);
        String secondStaff = TestJwts.venueStaff("lieu.second", second);
        String reroute = "{\"venueId\":\"" + second + "\"}";

        assertProblem(post("/api/referrals/" + id + "/reroute", reroute, SECRETARY, null), 409);
        post("/api/referrals/" + id + "/decline", "{\"reason\":\"mobilite\"}", firstStaff, null);
        assertProblem(post("/api/referrals/" + id + "/reroute", "{\"venueId\":\"" + first + "\"}", SECRETARY,
                null), 400);
        HttpResponse<String> rerouted = post("/api/referrals/" + id + "/reroute", reroute, SECRETARY, null);
        HttpResponse<String> again = post("/api/referrals/" + id + "/reroute", reroute, SECRETARY, null);

        assertThat(rerouted.statusCode()).as(rerouted.body()).isEqualTo(201);
        JsonNode created = json(rerouted);
        String newId = created.get("id").asString();
        assertThat(newId).isNotEqualTo(id);
        assertThat(rerouted.headers().firstValue("Location")).hasValue("/api/referrals/" + newId);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("id").asString()).isEqualTo(newId);
        assertThat(created.get("status").asString()).isEqualTo("sent");
        assertThat(created.get("venueId").asString()).isEqualTo(second);
        assertThat(created.get("reroutedFrom").asString()).isEqualTo(id);
        assertThat(created.get("resident").get("firstName").asString()).isEqualTo(firstName);
        assertThat(created.get("consent").get("wordingVersion").asString()).isEqualTo("v1");
        JsonNode original = json(get("/api/referrals/" + id, SECRETARY));
        assertThat(original.get("status").asString()).isEqualTo("declined");
        assertThat(original.get("reroutedTo").asString()).isEqualTo(newId);
        assertThat(original.get("history")).hasSize(3);
        assertThat(original.get("history").get(2).get("reason").asString()).isEqualTo("rerouted");
        assertThat(json(get("/api/referrals/" + newId, SECRETARY)).get("reroutedFrom").asString()).isEqualTo(id);
        assertProblem(get("/api/referrals/" + newId, firstStaff), 404);
        assertThat(json(get("/api/referrals/" + newId, secondStaff)).get("resident").get("firstName").asString())
                .isEqualTo(firstName);
        assertThat(publishedTypes(id)).containsExactly("ReferralSent", "ReferralDeclined", "ReferralRerouted");
        assertThat(publishedTypes(newId)).containsExactly("ReferralSent");
        JsonNode sent = eventsOf(newId).getFirst();
        assertThat(sent.get("reroutedFrom").asString()).isEqualTo(id);
        JsonNode reroutedEvent = eventsOf(id).getLast();
        assertThat(reroutedEvent.get("newReferralId").asString()).isEqualTo(newId);
        assertThat(reroutedEvent.get("newVenueId").asString()).isEqualTo(second);
        assertNoRecordMentions(firstName, CONTACT, NOTE);
    }

    @Test
    void coordinatorOfTheTerritoryReroutesButNeverReceivesTheResident() {
        String first = registeredVenue(List.of(ADMIN_HELP));
        String second = registeredVenue(List.of(ADMIN_HELP));
        String firstName = uniqueFirstName();
        String id = created(first, firstName);
        post("/api/referrals/" + id + "/decline", "{\"reason\":\"session-complete\",\"message\":\""
                + DECLINE_MESSAGE + "\"}", TestJwts.venueStaff("lieu.premier", first), null);
        String reroute = "{\"venueId\":\"" + second + "\"}";
        List<HttpResponse<String>> coordinatorAnswers = new ArrayList<>();

        HttpResponse<String> outside = post("/api/referrals/" + id + "/reroute", reroute, OTHER_COORDINATOR, null);
        HttpResponse<String> rerouted = post("/api/referrals/" + id + "/reroute", reroute, COORDINATOR, null);
        coordinatorAnswers.add(outside);
        coordinatorAnswers.add(rerouted);
        String newId = json(rerouted).get("id").asString();
        coordinatorAnswers.add(post("/api/referrals/" + id + "/reroute", reroute, DEPARTEMENT_COORDINATOR, null));
        for (String token : List.of(COORDINATOR, DEPARTEMENT_COORDINATOR)) {
            coordinatorAnswers.add(get("/api/referrals/" + id, token));
            coordinatorAnswers.add(get("/api/referrals/" + newId, token));
            coordinatorAnswers.add(get("/api/referrals", token));
            coordinatorAnswers.add(get("/api/referrals?status=sent", token));
            coordinatorAnswers.add(get("/api/referrals/" + newId + "/audit", token));
            coordinatorAnswers.add(post("/api/referrals/" + newId + "/accept", null, token, null));
            coordinatorAnswers.add(post("/api/referrals/" + newId + "/cancel", null, token, null));
        }

        assertProblem(outside, 404);
        assertThat(rerouted.statusCode()).as(rerouted.body()).isEqualTo(201);
        assertThat(json(rerouted).get("reroutedFrom").asString()).isEqualTo(id);
        assertThat(json(rerouted).has("resident")).isFalse();
        assertThat(coordinatorAnswers.get(2).statusCode()).isEqualTo(200);
        // chosen: individual referrals stay invisible to coordinators (404), they get aggregate flows instead
        assertProblem(get("/api/referrals/" + id, COORDINATOR), 404);
        for (HttpResponse<String> answer : coordinatorAnswers) {
            assertThat(answer.body()).doesNotContain(firstName).doesNotContain(CONTACT)
                    .doesNotContain("0798765432").doesNotContain(NOTE).doesNotContain(DECLINE_MESSAGE);
        }
        assertThat(json(get("/api/referrals/" + newId, SECRETARY)).get("history").get(0).get("by").asString())
                .isEqualTo(TestJwts.subjectOf("coord.revigny"));
        assertThat(auditWho(newId)).doesNotContain(TestJwts.subjectOf("coord.revigny"),
                TestJwts.subjectOf("coord.meuse"));
    }

    @Test
    void concurrentMovesLetOneWinAndTheOtherGetAConflict() throws Exception {
        for (int round = 0; round < 3; round++) {
            String venue = registeredVenue(List.of(ADMIN_HELP));
            String id = created(venue, uniqueFirstName());
            String staff = TestJwts.venueStaff("lieu.test", venue);
            CountDownLatch start = new CountDownLatch(1);
            List<HttpResponse<String>> answers = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
                Future<HttpResponse<String>> accept = pool.submit(() -> {
                    start.await();
                    return post("/api/referrals/" + id + "/accept", null, staff, null);
                });
                Future<HttpResponse<String>> decline = pool.submit(() -> {
                    start.await();
                    return post("/api/referrals/" + id + "/decline", "{\"reason\":\"doublon\"}", staff, null);
                });
                start.countDown();
                answers.add(accept.get());
                answers.add(decline.get());
            }

            assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
            HttpResponse<String> winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst()
                    .orElseThrow();
            assertProblem(answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow(), 409);
            JsonNode stored = json(get("/api/referrals/" + id, SECRETARY));
            assertThat(stored.get("status").asString()).isEqualTo(json(winner).get("status").asString());
            assertThat(stored.get("history")).hasSize(2);
            assertThat(stored.get("version").asLong()).isEqualTo(2);
            assertThat(publishedTypes(id)).hasSize(2);
        }
    }

    @Test
    void everyAnswerWithTheResidentIsAuditedAndOnlyTheCreatorReadsTheAudit() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String id = created(venue, uniqueFirstName());
        String staff = TestJwts.venueStaff("lieu.test", venue);

        get("/api/referrals/" + id, SECRETARY);
        get("/api/referrals?venueId=" + venue, SECRETARY);
        get("/api/referrals/" + id, staff);
        post("/api/referrals/" + id + "/accept", null, staff, null);
        get("/api/referrals/" + id, DEPARTEMENT_COORDINATOR);

        List<Document> stored = mongo.find(
                org.springframework.data.mongodb.core.query.Query.query(
                        org.springframework.data.mongodb.core.query.Criteria.where("referralId").is(id)),
                Document.class, "identity_audit");
        assertThat(stored).extracting(d -> d.getString("action"))
                .containsExactlyInAnyOrder("create", "read", "list", "read", "accept");
        assertThat(stored).allSatisfy(d -> {
            assertThat(d.getString("who")).isNotBlank();
            assertThat(d.get("when")).isNotNull();
        });
        HttpResponse<String> audit = get("/api/referrals/" + id + "/audit", SECRETARY);
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        JsonNode entries = json(audit);
        assertThat(entries).extracting(e -> e.get("who").asString())
                .contains(TestJwts.subjectOf("secretaire.revigny"), TestJwts.subjectOf("lieu.test"));
        assertThat(entries.get(0).get("action").asString()).isEqualTo("create");
        assertThat(get("/api/referrals/" + id + "/audit", TestJwts.admin("admin")).statusCode()).isEqualTo(200);
        assertProblem(get("/api/referrals/" + id + "/audit", OTHER_SECRETARY), 404);
        assertProblem(get("/api/referrals/" + id + "/audit", staff), 403);
    }

    // ---- helpers

    private List<String> auditWho(String id) {
        return mongo.find(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("referralId").is(id)),
                Document.class, "identity_audit").stream().map(d -> d.getString("who")).toList();
    }

    private String created(String venue, String firstName) {
        String body = """
                {"venueId":"%s","need":"%s",
                 "resident":{"firstName":"%s","contact":{"channel":"phone","value":"%s"},"commune":"%s"},
                 "constraints":[],"note":"%s","consent":{"given":true,"wordingVersion":"v1"}}
                """.formatted(venue, ADMIN_HELP, firstName, CONTACT, REVIGNY, NOTE);
        HttpResponse<String> response = post("/api/referrals", body, SECRETARY, UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asString();
    }

    private static String uniqueFirstName() {
        return "Ginette" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> fields(HttpResponse<String> response) {
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private List<JsonNode> eventsOf(String referralId) {
        awaitOutboxDrained(referralId);
        return recordsOf(Topics.REFERRAL_EVENTS).stream()
                .filter(r -> r.key() != null && new String(r.key(), StandardCharsets.UTF_8).equals(referralId))
                .map(r -> JSON.readTree(r.value()))
                .toList();
    }

    /** No record of the whole run so far carries any of these values (first names, contact, note, messages). */
    private static void assertNoRecordMentions(String... personalValues) {
        List<ConsumerRecord<byte[], byte[]>> records = recordsOf(Topics.REFERRAL_EVENTS);
        assertThat(records).isNotEmpty();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            String value = new String(record.value(), StandardCharsets.UTF_8);
            for (String personal : personalValues) {
                assertThat(value).doesNotContain(personal);
            }
            assertThat(value).doesNotContain("Ginette").doesNotContain("Josiane").doesNotContain(NOTE)
                    .doesNotContain(DECLINE_MESSAGE).doesNotContain(CLOSING_NOTE).doesNotContain("0798765432");
        }
    }
}
