package fr.inclusion.orientation.referral.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import fr.inclusion.orientation.contracts.Topics;
import fr.inclusion.orientation.referral.RunningReferralService;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.Referrals;
import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;

class ReferralApiTest extends RunningReferralService {

    private static final String SECRETARY = TestJwts.secretary("secretaire.revigny", REVIGNY);
    private static final String OTHER_SECRETARY = TestJwts.secretary("secretaire.sommeilles", SOMMEILLES);

    @Autowired
    Referrals referrals;

    @Test
    void secretarySendsAResidentOfHerCommuneToAVenue() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String firstName = uniqueFirstName();

        HttpResponse<String> response = post("/api/referrals", body(venue, ADMIN_HELP, firstName, REVIGNY),
                SECRETARY, newKey());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode referral = json(response);
        String id = referral.get("id").asString();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/referrals/" + id);
        assertThat(referral.get("status").asString()).isEqualTo("sent");
        assertThat(referral.get("venueId").asString()).isEqualTo(venue);
        assertThat(referral.get("commune").asString()).isEqualTo(REVIGNY);
        assertThat(referral.get("resident").get("firstName").asString()).isEqualTo(firstName);
        assertThat(referral.get("consent").get("wordingVersion").asString()).isEqualTo("v1");
        assertThat(referral.get("consent").get("recordedBy").asString())
                .isEqualTo(TestJwts.subjectOf("secretaire.revigny"));
        JsonNode history = referral.get("history");
        assertThat(history).hasSize(1);
        assertThat(history.get(0).has("from")).isFalse();
        assertThat(history.get(0).get("to").asString()).isEqualTo("sent");
        assertThat(history.get(0).get("by").asString()).isEqualTo(TestJwts.subjectOf("secretaire.revigny"));
        assertThat(Instant.parse(history.get(0).get("at").asString())).isBefore(Instant.now().plusSeconds(1));

        HttpResponse<String> read = get("/api/referrals/" + id, SECRETARY);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).get("resident").get("contact").get("value").asString()).isEqualTo("06 12 34 56 78");
    }

    @Test
    void sameIdempotencyKeyReturnsTheSameReferralAndPublishesOneEventWithoutIdentity() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String firstName = uniqueFirstName();
        String key = newKey();
        String body = body(venue, ADMIN_HELP, firstName, REVIGNY);

        HttpResponse<String> first = post("/api/referrals", body, SECRETARY, key);
        HttpResponse<String> retry = post("/api/referrals", body, SECRETARY, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(200);
        String id = json(first).get("id").asString();
        assertThat(json(retry).get("id").asString()).isEqualTo(id);
        assertThat(publishedTypes(id)).containsExactly("ReferralSent");
        assertNoRecordMentions(firstName, "06 12 34 56 78", "0612345678");
    }

    @Test
    void concurrentRetriesWithTheSameKeyYieldOneReferral() throws Exception {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String key = newKey();
        String body = body(venue, ADMIN_HELP, uniqueFirstName(), REVIGNY);
        List<HttpResponse<String>> responses;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> post("/api/referrals", body, SECRETARY, key)));
            }
            responses = new ArrayList<>();
            for (Future<HttpResponse<String>> call : calls) {
                responses.add(call.get());
            }
        }

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201).containsOnlyOnce(201);
        Set<String> ids = new HashSet<>();
        responses.forEach(r -> ids.add(json(r).get("id").asString()));
        assertThat(ids).hasSize(1);
        assertThat(publishedTypes(ids.iterator().next())).containsExactly("ReferralSent");
    }

    @Test
    void sameKeyForADifferentRequestIsRefused() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String key = newKey();
        assertThat(post("/api/referrals", body(venue, ADMIN_HELP, uniqueFirstName(), REVIGNY), SECRETARY, key)
                .statusCode()).isEqualTo(201);

        HttpResponse<String> other = post("/api/referrals", body(venue, ADMIN_HELP, uniqueFirstName(), REVIGNY),
                SECRETARY, key);

        assertProblem(other, 422);
        assertThat(json(other).get("type").asString()).endsWith("/idempotency-key-reused");
    }

    @Test
    void sameKeyFromAnotherSecretaryIsAnotherReferral() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String key = newKey();
        String colleague = TestJwts.secretary("secretaire.revigny.2", REVIGNY);
        String body = body(venue, ADMIN_HELP, uniqueFirstName(), REVIGNY);

        HttpResponse<String> first = post("/api/referrals", body, SECRETARY, key);
        HttpResponse<String> second = post("/api/referrals", body, colleague, key);

        assertThat(second.statusCode()).isEqualTo(201);
        assertThat(json(second).get("id").asString()).isNotEqualTo(json(first).get("id").asString());
    }

    @Test
    void missingIdempotencyKeyIsABadRequestProblem() {
        String venue = registeredVenue(List.of(ADMIN_HELP));

        HttpResponse<String> response = post("/api/referrals", body(venue, ADMIN_HELP, "Léa", REVIGNY), SECRETARY,
                null);

        assertProblem(response, 400);
        assertThat(json(response).get("detail").asString()).contains("Idempotency-Key");
    }

    @Test
    void missingConsentAndContactAreListedAsFieldErrors() {
        String body = """
                {"venueId":"any","need":"%s","resident":{"firstName":"Léa","commune":"%s"},"constraints":[]}
                """.formatted(ADMIN_HELP, REVIGNY);

        HttpResponse<String> response = post("/api/referrals", body, SECRETARY, newKey());

        assertProblem(response, 400);
        assertThat(fieldErrors(response)).contains(
                "consent: Le consentement du résident est obligatoire.",
                "resident.contact: Un moyen de contact du résident est obligatoire.");
    }

    @Test
    void refusedConsentMissingPhoneUnknownNeedAndBadCommuneAreAllReported() {
        String body = """
                {"venueId":"any","need":"Cours de cuisine",
                 "resident":{"firstName":"Léa","contact":{"channel":"phone"},"commune":"554"},
                 "constraints":["free","teleportation"],"consent":{"given":false,"wordingVersion":"v1"}}
                """;

        HttpResponse<String> response = post("/api/referrals", body, SECRETARY, newKey());

        assertProblem(response, 400);
        assertThat(fieldErrors(response)).extracting(e -> e.substring(0, e.indexOf(':'))).contains(
                "consent.given", "resident.contact.value", "need", "resident.commune", "constraints[1]");
        assertThat(response.body()).contains("consentement").contains("référentiel national");
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        HttpResponse<String> response = post("/api/referrals", "{\"venueId\": ", SECRETARY, newKey());

        assertProblem(response, 400);
    }

    @Test
    void residentOfACommuneThatIsNotHersIsForbidden() {
        String venue = registeredVenue(List.of(ADMIN_HELP));

        HttpResponse<String> response = post("/api/referrals", body(venue, ADMIN_HELP, "Léa", SOMMEILLES),
                SECRETARY, newKey());

        assertProblem(response, 403);
        assertThat(json(response).get("type").asString()).endsWith("/commune-not-served");
    }

    /**
     * Who may create, read and accept: only secretaries create, whatever the body; a referral is seen by the
     * secretary of its commune and the staff of its venue, and for anybody else it does not exist (404, as an
     * unknown id); only the venue addressed accepts. {@code {id}} is a referral just sent by the secretary of
     * Revigny to a new venue; after every row it is still {@code sent}.
     */
    @ParameterizedTest(name = "{0} {1} as {3}: {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            POST | /api/referrals             | {}  | staff-of-other-venue | 403 | -
            POST | /api/referrals             | {}  | coordinator          | 403 | key
            GET  | /api/referrals             | -   | anonymous            | 401 | -
            GET  | /api/referrals/{id}        | -   | secretary            | 200 | -
            GET  | /api/referrals/{id}        | -   | staff-of-venue       | 200 | -
            GET  | /api/referrals/{id}        | -   | other-secretary      | 404 | -
            GET  | /api/referrals/{id}        | -   | staff-of-other-venue | 404 | -
            GET  | /api/referrals/{id}        | -   | coordinator          | 404 | -
            POST | /api/referrals/{id}/accept | -   | staff-of-other-venue | 404 | -
            POST | /api/referrals/{id}/accept | -   | secretary            | 403 | -
            """)
    void whoMayCreateReadAndAccept(String method, String path, String body, String caller, int status,
            String key) {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String id = path.contains("{id}") ? created(venue, uniqueFirstName()) : null;
        String token = switch (caller) {
            case "anonymous" -> null;
            case "secretary" -> SECRETARY;
            case "other-secretary" -> OTHER_SECRETARY;
            case "staff-of-venue" -> TestJwts.venueStaff("lieu.test", venue);
            case "staff-of-other-venue" -> TestJwts.venueStaff("lieu.autre", "another-venue");
            case "coordinator" -> TestJwts.coordinator("coord.meuse", "55");
            default -> throw new IllegalArgumentException(caller);
        };

        HttpResponse<String> response = http().call(method, id == null ? path : path.replace("{id}", id))
                .token(token).json(body).header("Idempotency-Key", key == null ? null : newKey()).send();

        if (status >= 400) {
            assertProblem(response, status);
        } else {
            TestHttp.assertStatus(response, status);
        }
        if (id != null) {
            assertThat(json(get("/api/referrals/" + id, SECRETARY)).get("status").asString()).isEqualTo("sent");
        }
    }

    @Test
    void aTokenOfTheRealmMeantForAnotherClientIsUnauthorized() {
        HttpResponse<String> response = get("/api/referrals", TestJwts.otherAudience("secretaire.revigny", "account"));

        assertProblem(response, 401);
        assertThat(json(response).get("type").asString()).endsWith("/authentication-required");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                header -> assertThat(header).startsWith("Bearer"));
    }

    @Test
    void anIdTokenOfTheRealmIsUnauthorized() {
        HttpResponse<String> response = get("/api/referrals", TestJwts.idToken("secretaire.revigny"));

        assertProblem(response, 401);
        assertThat(json(response).get("type").asString()).endsWith("/authentication-required");
    }

    @Test
    void unknownOrInactiveVenueIsAnUnprocessableProblem() {
        String inactive = "venue-" + UUID.randomUUID();
        publish(venueEvent(inactive, 1, List.of(ADMIN_HELP), false, false));
        awaitVenueVersion(inactive, 1);

        HttpResponse<String> unknown = post("/api/referrals", body("nowhere-" + UUID.randomUUID(), ADMIN_HELP,
                "Léa", REVIGNY), SECRETARY, newKey());
        HttpResponse<String> withdrawn = post("/api/referrals", body(inactive, ADMIN_HELP, "Léa", REVIGNY),
                SECRETARY, newKey());

        assertProblem(unknown, 422);
        assertThat(json(unknown).get("title").asString()).isEqualTo("Lieu inconnu ou inactif");
        assertProblem(withdrawn, 422);
    }

    @Test
    void venueWithIntakePausedIsAConflict() {
        String paused = "venue-" + UUID.randomUUID();
        publish(venueEvent(paused, 1, List.of(ADMIN_HELP), true, true));
        awaitVenueVersion(paused, 1);

        assertProblem(post("/api/referrals", body(paused, ADMIN_HELP, "Léa", REVIGNY), SECRETARY, newKey()), 409);
    }

    @Test
    void needTheVenueDoesNotOfferNeedsAReason() {
        String venue = registeredVenue(List.of(DAILY_TOOLS));

        HttpResponse<String> refused = post("/api/referrals", body(venue, ADMIN_HELP, "Léa", REVIGNY), SECRETARY,
                newKey());
        HttpResponse<String> overridden = post("/api/referrals", body(venue, ADMIN_HELP, "Léa", REVIGNY)
                .replace("\"constraints\"", "\"needOverrideReason\":\"La médiatrice fait aussi des démarches\","
                        + "\"constraints\""), SECRETARY, newKey());

        assertProblem(refused, 422);
        assertThat(json(refused).get("type").asString()).endsWith("/need-not-offered");
        assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(201);
        assertThat(json(overridden).get("needOverrideReason").asString()).contains("médiatrice");
    }

    @Test
    void aReferralOutsideTheScopeIsAnswered404LikeAnUnknownOne() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String id = created(venue, uniqueFirstName());

        assertProblem(get("/api/referrals/" + UUID.randomUUID(), SECRETARY), 404);
        // the same answer for an unknown id and for one outside the scope: existence is not revealed
        assertThat(json(get("/api/referrals/" + id, OTHER_SECRETARY)).get("title").asString())
                .isEqualTo(json(get("/api/referrals/" + UUID.randomUUID(), OTHER_SECRETARY)).get("title")
                        .asString());
    }

    @Test
    void venueStaffSeeTheReferralsAddressedToTheirVenueWithTheResident() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String firstName = uniqueFirstName();
        String id = created(venue, firstName);
        String staff = TestJwts.venueStaff("lieu.test", venue);

        HttpResponse<String> read = get("/api/referrals/" + id, staff);
        HttpResponse<String> list = get("/api/referrals?status=sent", staff);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).get("resident").get("firstName").asString()).isEqualTo(firstName);
        JsonNode page = json(list);
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("size").asInt()).isEqualTo(20);
    }

    @Test
    void listsAreScopedAndFiltered() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String id = created(venue, uniqueFirstName());

        JsonNode mine = json(get("/api/referrals?venueId=" + venue, SECRETARY));
        JsonNode theirs = json(get("/api/referrals?venueId=" + venue, OTHER_SECRETARY));
        JsonNode accepted = json(get("/api/referrals?venueId=" + venue + "&status=accepted", SECRETARY));
        JsonNode coordinator = json(get("/api/referrals", TestJwts.coordinator("coord.meuse", "55")));

        assertThat(mine.get("items")).extracting(item -> item.get("id").asString()).containsExactly(id);
        assertThat(theirs.get("total").asLong()).isZero();
        assertThat(accepted.get("total").asLong()).isZero();
        assertThat(coordinator.get("items")).isEmpty();
        assertProblem(get("/api/referrals?status=lost", SECRETARY), 400);
        assertProblem(get("/api/referrals?size=1000", SECRETARY), 400);
        assertProblem(get("/api/referrals?page=-1", SECRETARY), 400);
    }

    @Test
    void acceptingTwiceRecordsOneAcceptanceAndPublishesOneEvent() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String id = created(venue, uniqueFirstName());
        String staff = TestJwts.venueStaff("lieu.test", venue);

        HttpResponse<String> first = post("/api/referrals/" + id + "/accept", null, staff, null);
        HttpResponse<String> again = post("/api/referrals/" + id + "/accept", null, staff, null);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode referral = json(again);
        assertThat(referral.get("status").asString()).isEqualTo("accepted");
        assertThat(referral.get("history")).extracting(h -> h.get("to").asString())
                .containsExactly("sent", "accepted");
        assertThat(referral.get("history").get(1).get("by").asString()).isEqualTo(TestJwts.subjectOf("lieu.test"));
        assertThat(publishedTypes(id)).containsExactly("ReferralSent", "ReferralAccepted");
    }

    @Test
    void acceptingACancelledReferralIsAConflict() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String id = created(venue, uniqueFirstName());
        Referral referral = referrals.byId(id).orElseThrow();
        referral.cancel(TestJwts.subjectOf("secretaire.revigny"), Instant.now(), null);
        referrals.update(referral);

        HttpResponse<String> response = post("/api/referrals/" + id + "/accept", null,
                TestJwts.venueStaff("lieu.test", venue), null);

        assertProblem(response, 409);
        assertThat(json(response).get("currentStatus").asString()).isEqualTo("cancelled");
    }

    @Test
    void storedReferralHoldsTheIdentityOnlyEncrypted() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String firstName = uniqueFirstName();
        String id = created(venue, firstName);

        Document stored = mongo.findById(id, Document.class, "referrals");

        String raw = stored.toJson();
        assertThat(raw).doesNotContain(firstName).doesNotContain("06 12 34 56 78")
                .doesNotContain("Rappeler après 17h");
        Document resident = stored.get("resident", Document.class);
        assertThat(resident.get("firstName", Document.class).getString("keyId")).isEqualTo("k1");
        assertThat(resident.get("contactValue", Document.class).getString("data")).isNotBlank();
        assertThat(stored.getString("communeCode")).isEqualTo(REVIGNY);
    }

    // ---- helpers

    private String created(String venue, String firstName) {
        HttpResponse<String> response = post("/api/referrals", body(venue, ADMIN_HELP, firstName, REVIGNY),
                SECRETARY, newKey());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asString();
    }

    private static String body(String venueId, String need, String firstName, String commune) {
        return """
                {"venueId":"%s","need":"%s",
                 "resident":{"firstName":"%s","contact":{"channel":"phone","value":"06 12 34 56 78"},"commune":"%s"},
                 "constraints":["free"],"note":"Rappeler après 17h","consent":{"given":true,"wordingVersion":"v1"}}
                """.formatted(venueId, need, firstName, commune);
    }

    private static String uniqueFirstName() {
        return "Josiane" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    private static List<String> fieldErrors(HttpResponse<String> response) {
        List<String> errors = new ArrayList<>();
        json(response).get("errors").forEach(e -> errors.add(e.get("field").asString() + ": "
                + e.get("message").asString()));
        return errors;
    }

    private static void assertNoRecordMentions(String... personalValues) {
        List<String> values = recordsOf(Topics.REFERRAL_EVENTS).stream()
                .map(r -> new String(r.value(), StandardCharsets.UTF_8))
                .toList();
        assertThat(values).isNotEmpty();
        for (String value : values) {
            for (String personal : personalValues) {
                assertThat(value).doesNotContain(personal);
            }
            assertThat(value).doesNotContain("Rappeler après 17h").doesNotContain("Josiane");
        }
    }
}
