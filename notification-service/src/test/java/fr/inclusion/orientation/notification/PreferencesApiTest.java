package fr.inclusion.orientation.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralClosed;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.Contact;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;

/** {@code GET|PUT /api/notification-preferences}: one's own, defaults, validation, and what they change. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.stream.heartbeat=1s", "notification.digest.cron=-",
        "notification.web-base-url=https://orientation.example"})
@RealInfrastructure
@Import(BoundaryFixtures.class)
class PreferencesApiTest {

    private static final String PATH = "/api/notification-preferences";

    @LocalServerPort
    int port;

    @Autowired
    BoundaryFixtures.RecordingDispatch dispatch;

    @Autowired
    BoundaryFixtures.FixedDirectory directory;

    private ServiceCalls calls;

    @BeforeEach
    void calls() {
        calls = new ServiceCalls(port);
    }

    @Test
    void someoneWhoNeverChoseGetsTheDefaultsForEveryKindInFrench() {
        HttpResponse<String> response = calls.get(PATH, TestJwts.venueStaff("lieu-" + UUID.randomUUID(), "v-1"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = ServiceCalls.json(response);
        assertThat(body.get("customized").asBoolean()).isFalse();
        assertThat(body.get("updatedAt").isNull()).isTrue();
        assertThat(body.get("kinds")).hasSize(8);
        JsonNode received = kind(body, "REFERRAL_RECEIVED");
        assertThat(received.get("label").asString()).isEqualTo("Nouvelle orientation reçue par votre lieu");
        assertThat(strings(received.get("channels"))).containsExactly("in_app", "email");
        assertThat(received.get("delivery").asString()).isEqualTo("immediate");
        assertThat(received.get("concernsYou").asBoolean()).isTrue();
        JsonNode escalated = kind(body, "REFERRAL_ESCALATED");
        assertThat(strings(escalated.get("channels"))).containsExactly("in_app", "email");
        assertThat(escalated.get("delivery").asString()).isEqualTo("daily_digest");
        assertThat(escalated.get("concernsYou").asBoolean()).isFalse();
        assertThat(strings(kind(body, "REFERRAL_CLOSED").get("channels"))).containsExactly("in_app");
        body.get("kinds").forEach(k -> assertThat(strings(k.get("channels"))).doesNotContain("sms"));
    }

    @Test
    void concernsYouFollowsTheRoles() {
        JsonNode coordinator = ServiceCalls.json(calls.get(PATH, TestJwts.coordinator("c-" + UUID.randomUUID(), "55")));
        JsonNode secretary = ServiceCalls.json(calls.get(PATH, TestJwts.secretary("s-" + UUID.randomUUID(), "55427")));

        assertThat(concerned(coordinator)).containsExactly("REFERRAL_ESCALATED");
        assertThat(concerned(secretary)).containsExactlyInAnyOrder("REFERRAL_ACCEPTED", "REFERRAL_DECLINED",
                "REFERRAL_CLOSED", "REFERRAL_EXPIRED");
    }

    @Test
    void changedPreferencesAreOnesOwnAndKeepTheKindsNotListed() {
        String me = TestJwts.secretary("s-" + UUID.randomUUID(), "55427");
        String someoneElse = TestJwts.secretary("s-" + UUID.randomUUID(), "55427");

        HttpResponse<String> put = calls.put(PATH, me, """
                {"kinds":[{"kind":"REFERRAL_ACCEPTED","channels":["sms","in_app","email"],"delivery":"immediate"},
                          {"kind":"REFERRAL_DECLINED","channels":["in_app"],"delivery":"immediate"}]}""");

        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        JsonNode after = ServiceCalls.json(calls.get(PATH, me));
        assertThat(after.get("customized").asBoolean()).isTrue();
        assertThat(Instant.parse(after.get("updatedAt").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(strings(kind(after, "REFERRAL_ACCEPTED").get("channels"))).containsExactly("in_app", "email", "sms");
        assertThat(strings(kind(after, "REFERRAL_DECLINED").get("channels"))).containsExactly("in_app");
        assertThat(strings(kind(after, "REFERRAL_EXPIRED").get("channels"))).as("not listed: default")
                .containsExactly("in_app", "email");
        assertThat(ServiceCalls.json(put)).isEqualTo(after);

        calls.put(PATH, me, """
                {"kinds":[{"kind":"REFERRAL_EXPIRED","channels":["in_app","email"],"delivery":"daily_digest"}]}""");
        JsonNode later = ServiceCalls.json(calls.get(PATH, me));
        assertThat(strings(kind(later, "REFERRAL_ACCEPTED").get("channels"))).as("kept")
                .containsExactly("in_app", "email", "sms");
        assertThat(kind(later, "REFERRAL_EXPIRED").get("delivery").asString()).isEqualTo("daily_digest");

        JsonNode theirs = ServiceCalls.json(calls.get(PATH, someoneElse));
        assertThat(theirs.get("customized").asBoolean()).isFalse();
        assertThat(strings(kind(theirs, "REFERRAL_ACCEPTED").get("channels"))).containsExactly("in_app", "email");
    }

    @Test
    void removingInAppIsAProblem400AndChangesNothing() {
        String me = TestJwts.venueStaff("lieu-" + UUID.randomUUID(), "v-2");

        HttpResponse<String> response = calls.put(PATH, me, """
                {"kinds":[{"kind":"REFERRAL_RECEIVED","channels":["email"],"delivery":"immediate"}]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        ServiceCalls.assertProblem(response);
        JsonNode problem = ServiceCalls.json(response);
        assertThat(problem.get("type").asString()).endsWith("/problems/validation");
        assertThat(problem.get("title").asString()).isEqualTo("Requête invalide");
        assertThat(problem.get("errors")).singleElement().satisfies(e -> {
            assertThat(e.get("field").asString()).isEqualTo("kinds[0].channels");
            assertThat(e.get("message").asString()).contains("in_app").contains("ne peut pas être retirée");
        });
        assertThat(ServiceCalls.json(calls.get(PATH, me)).get("customized").asBoolean()).isFalse();
    }

    @Test
    void invalidChangesAreProblems400ListingEachField() {
        String me = TestJwts.coordinator("c-" + UUID.randomUUID(), "55");
        List<String> bodies = List.of(
                "{\"kinds\":[]}",
                "{}",
                "{\"kinds\":[{\"kind\":\"REFERRAL_ESCALATED\",\"channels\":[\"in_app\",\"fax\"],\"delivery\":\"immediate\"}]}",
                "{\"kinds\":[{\"kind\":\"REFERRAL_ESCALATED\",\"channels\":[\"in_app\"],\"delivery\":\"weekly\"}]}",
                "{\"kinds\":[{\"kind\":\"REFERRAL_ESCALATED\",\"channels\":[\"in_app\"],\"delivery\":\"daily_digest\"}]}",
                "{\"kinds\":[{\"kind\":\"NOPE\",\"channels\":[\"in_app\"],\"delivery\":\"immediate\"}]}",
                "{\"kinds\":[{\"kind\":\"REFERRAL_ESCALATED\"}]}");
        for (String body : bodies) {
            HttpResponse<String> response = calls.put(PATH, me, body);
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            ServiceCalls.assertProblem(response);
            assertThat(ServiceCalls.json(response).get("errors")).as(body).isNotEmpty();
            ServiceCalls.json(response).get("errors").forEach(e -> assertThat(e.get("field").asString()).as(body)
                    .startsWith("kinds"));
        }
        HttpResponse<String> malformed = calls.put(PATH, me, "{\"kinds\":[{\"kind\":");
        assertThat(malformed.statusCode()).isEqualTo(400);
        ServiceCalls.assertProblem(malformed);
        HttpResponse<String> wrongType = calls.put(PATH, me, "{\"kinds\":\"REFERRAL_ESCALATED\"}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        ServiceCalls.assertProblem(wrongType);
    }

    @Test
    void withoutATokenItIsAProblem401() {
        for (HttpResponse<String> response : List.of(calls.get(PATH, null),
                calls.put(PATH, null, "{\"kinds\":[]}"),
                calls.put(PATH, "not-a-token", "{\"kinds\":[]}"))) {
            assertThat(response.statusCode()).isEqualTo(401);
            ServiceCalls.assertProblem(response);
        }
    }

    @Test
    void aSecretaryWhoChoseSmsGetsTheAnswerBySmsTooAndOneWhoKeptInAppOnlyGetsNoEmail() {
        String smsName = "s-" + UUID.randomUUID();
        String quietName = "s-" + UUID.randomUUID();
        Contact sms = directory.person(new Contact(TestJwts.subjectOf(smsName), "Sacha", smsName + "@mairie.example",
                "+33655555555"));
        Contact quiet = directory.person(new Contact(TestJwts.subjectOf(quietName), "Camille",
                quietName + "@mairie.example", "+33666666666"));
        calls.put(PATH, TestJwts.secretary(smsName, "55427"), """
                {"kinds":[{"kind":"REFERRAL_ACCEPTED","channels":["in_app","email","sms"],"delivery":"immediate"}]}""");
        calls.put(PATH, TestJwts.secretary(quietName, "55427"), """
                {"kinds":[{"kind":"REFERRAL_ACCEPTED","channels":["in_app"],"delivery":"immediate"}]}""");
        String venue = "venue-" + UUID.randomUUID();
        List<String> referrals = new ArrayList<>();
        for (Contact secretary : List.of(sms, quiet)) {
            ReferralSent sent = new ReferralSent(UUID.randomUUID(), Instant.now(), UUID.randomUUID().toString(), 1,
                    venue, "Aide aux démarches administratives", "55427", secretary.userId(), List.of(), null, null);
            ServiceCalls.publish(sent);
            ServiceCalls.publish(new ReferralAccepted(UUID.randomUUID(), Instant.now(), sent.referralId(), 2, venue,
                    sent.need(), "55427", "staff"));
            // in-app only by default; once it is in the inbox, everything about the acceptance was decided
            ServiceCalls.publish(new ReferralClosed(UUID.randomUUID(), Instant.now(), sent.referralId(), 3, venue,
                    sent.need(), "55427", "staff", "resolved"));
            referrals.add(sent.referralId());
        }

        calls.awaitTotal(TestJwts.secretary(smsName, "55427"), "", 2);
        calls.awaitTotal(TestJwts.secretary(quietName, "55427"), "", 2);
        assertThat(dispatch.storedTo(sms.email())).hasSize(1);
        OutboundMessage text = dispatch.storedTo(sms.phone()).getFirst();
        assertThat(text.channel()).isEqualTo(Channel.SMS);
        assertThat(text.text()).isEqualTo("Orientation numérique : Orientation acceptée. "
                + "https://orientation.example/orientations/" + referrals.get(0));
        assertThat(dispatch.storedTo(quiet.email())).isEmpty();
        assertThat(dispatch.storedTo(quiet.phone())).isEmpty();
    }

    private static JsonNode kind(JsonNode body, String kind) {
        for (JsonNode k : body.get("kinds")) {
            if (k.get("kind").asString().equals(kind)) {
                return k;
            }
        }
        throw new AssertionError("no kind " + kind + " in " + body);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<String> concerned(JsonNode body) {
        List<String> kinds = new ArrayList<>();
        body.get("kinds").forEach(k -> {
            if (k.get("concernsYou").asBoolean()) {
                kinds.add(k.get("kind").asString());
            }
        });
        return kinds;
    }
}
