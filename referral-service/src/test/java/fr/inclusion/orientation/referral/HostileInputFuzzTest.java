package fr.inclusion.orientation.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import fr.inclusion.orientation.testsupport.HostileCalls;
import fr.inclusion.orientation.testsupport.HostileInput;
import fr.inclusion.orientation.testsupport.HostileInput.Body;
import fr.inclusion.orientation.testsupport.HostileInput.Headers;
import fr.inclusion.orientation.testsupport.TestCallers;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input to every write endpoint of referral-service (the rows of the authorization matrix with POST), by a
 * caller allowed to call it: never a 5xx, every 4xx problem+json in French, no referral stored by a rejected request
 * ({@link HostileCalls}). Only the referrals are counted: the flows projection writes on after an accepted one.
 * Consumer groups of its own, so that the service's other tests, sharing the broker, keep their partitions.
 */
class HostileInputFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NEED = RunningReferralService.ADMIN_HELP;
    private static final String SECRETARY = TestJwts.secretary("secretaire.revigny", TestCallers.COMMUNE);
    private static final String DECLINE = "{\"reason\":\"session-complete\",\"message\":\"Plus de place\"}";
    private static final String CLOSE = "{\"outcome\":\"resolved\",\"note\":\"Dossier déposé\"}";
    private static final String CANCEL = "{\"reason\":\"Le résident a trouvé de l'aide ailleurs\"}";

    private static HostileCalls service;
    private static String venue;
    private static String otherVenue;
    private static String staff;
    private static String referralBody;
    private static String sent;
    private static String accepted;
    private static String declined;

    @BeforeContainer
    static void start() {
        String group = "referral-fuzz-" + UUID.randomUUID();
        service = HostileCalls.start(ReferralServiceApplication.class,
                "spring.cloud.stream.bindings.venueEvents-in-0.group=" + group,
                "spring.cloud.stream.bindings.referralFlows-in-0.group=" + group + "-flows");
        venue = venue();
        otherVenue = venue();
        staff = TestJwts.venueStaff("lieu.franceservices", venue);
        referralBody = """
                {"venueId":"%s","need":"%s",
                 "resident":{"firstName":"Fuzz","contact":{"channel":"phone","value":"06 12 34 56 78"},"commune":"%s"},
                 "constraints":["free"],"consent":{"given":true,"wordingVersion":"v1"}}
                """.formatted(venue, NEED, TestCallers.COMMUNE);
        sent = referral();
        accepted = referral();
        move(accepted, "accept", "");
        declined = referral();
        move(declined, "decline", DECLINE);
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 80)
    void send(@ForAll("referrals") Body body, @ForAll("headers") Headers headers) {
        service.check("POST", "/api/referrals", SECRETARY, body, headers, service.counting("referrals"));
    }

    @Property(tries = 60)
    void accept(@ForAll("sentIds") String id, @ForAll("anyBody") Body body, @ForAll("headers") Headers headers) {
        service.check("POST", "/api/referrals/" + HostileCalls.segment(id) + "/accept", staff, body, headers,
                service.counting("referrals"));
    }

    @Property(tries = 60)
    void decline(@ForAll("sentIds") String id, @ForAll("declines") Body body, @ForAll("headers") Headers headers) {
        service.check("POST", "/api/referrals/" + HostileCalls.segment(id) + "/decline", staff, body, headers,
                service.counting("referrals"));
    }

    @Property(tries = 60)
    void close(@ForAll("acceptedIds") String id, @ForAll("closes") Body body, @ForAll("headers") Headers headers) {
        service.check("POST", "/api/referrals/" + HostileCalls.segment(id) + "/close", staff, body, headers,
                service.counting("referrals"));
    }

    @Property(tries = 60)
    void cancel(@ForAll("sentIds") String id, @ForAll("cancels") Body body, @ForAll("headers") Headers headers) {
        service.check("POST", "/api/referrals/" + HostileCalls.segment(id) + "/cancel", SECRETARY, body, headers,
                service.counting("referrals"));
    }

    @Property(tries = 60)
    void reroute(@ForAll("declinedIds") String id, @ForAll("reroutes") Body body,
            @ForAll("headers") Headers headers) {
        HttpResponse<byte[]> response = service.check("POST", "/api/referrals/" + HostileCalls.segment(id)
                + "/reroute", SECRETARY, body, headers, service.counting("referrals"));
        if (response.statusCode() < 300) {
            // the declined fixture is used up: the next tries need another one
            declined = referral();
            move(declined, "decline", DECLINE);
        }
    }

    @Provide
    Arbitrary<Body> referrals() {
        return HostileInput.bodiesLike(referralBody);
    }

    @Provide
    Arbitrary<Body> declines() {
        return HostileInput.bodiesLike(DECLINE);
    }

    @Provide
    Arbitrary<Body> closes() {
        return HostileInput.bodiesLike(CLOSE);
    }

    @Provide
    Arbitrary<Body> cancels() {
        return HostileInput.bodiesLike(CANCEL);
    }

    @Provide
    Arbitrary<Body> reroutes() {
        return HostileInput.bodiesLike("{\"venueId\":\"" + otherVenue + "\"}");
    }

    @Provide
    Arbitrary<Body> anyBody() {
        return Arbitraries.oneOf(Arbitraries.just(null), HostileInput.anyBody());
    }

    /** Mostly with a valid key, since a missing or odd one is refused before the body is read. */
    @Provide
    Arbitrary<Headers> headers() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, HostileInput.headers()),
                net.jqwik.api.Tuple.of(2, HostileInput.headers().map(headers -> new Headers(headers.accept(),
                        Optional.of(UUID.randomUUID().toString())))));
    }

    @Provide
    Arbitrary<String> sentIds() {
        return Arbitraries.oneOf(Arbitraries.create(() -> sent), HostileInput.pathValues());
    }

    @Provide
    Arbitrary<String> acceptedIds() {
        return Arbitraries.oneOf(Arbitraries.create(() -> accepted), HostileInput.pathValues());
    }

    @Provide
    Arbitrary<String> declinedIds() {
        return Arbitraries.oneOf(Arbitraries.create(() -> declined), HostileInput.pathValues());
    }

    /** A venue of Revigny fed through the venue topic, as venue-service would. */
    private static String venue() {
        String id = "venue-" + UUID.randomUUID();
        RunningReferralService.publish(RunningReferralService.venueEvent(id, 1, List.of(NEED), true, false));
        return id;
    }

    /** Sent by the secretary once the venue is in the read model (the same key retried until then). */
    private static String referral() {
        Headers key = new Headers(Optional.empty(), Optional.of(UUID.randomUUID().toString()));
        HttpResponse<byte[]> created = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> service.send("POST", "/api/referrals", SECRETARY, Body.json(referralBody), key),
                        response -> response.statusCode() == 201);
        return JSON.readTree(created.body()).path("id").asString();
    }

    private static void move(String referral, String action, String body) {
        HttpResponse<byte[]> response = service.send("POST", "/api/referrals/" + referral + "/" + action, staff,
                Body.json(body), null);
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
    }
}
