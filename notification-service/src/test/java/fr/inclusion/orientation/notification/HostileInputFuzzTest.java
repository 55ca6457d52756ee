package fr.inclusion.orientation.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.outbound.domain.OutboundMessages;
import fr.inclusion.orientation.testsupport.HostileCalls;
import fr.inclusion.orientation.testsupport.HostileInput;
import fr.inclusion.orientation.testsupport.HostileInput.Body;
import fr.inclusion.orientation.testsupport.HostileInput.Headers;
import fr.inclusion.orientation.testsupport.TestCallers;
import fr.inclusion.orientation.testsupport.TestCallers.Who;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input to every write endpoint of notification-service (the rows of the authorization matrix with POST and
 * PUT), by a caller allowed to call it: never a 5xx, every 4xx problem+json in French, nothing stored by a rejected
 * request ({@link HostileCalls}): the preferences and the outbound messages are counted (the inbox fills from the
 * topic meanwhile). Consumer groups of its own, so that the service's other tests keep their partitions.
 */
class HostileInputFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = TestJwts.admin("admin");
    private static final String PREFERENCES =
            "{\"kinds\":[{\"kind\":\"REFERRAL_RECEIVED\",\"channels\":[\"in_app\"],\"delivery\":\"immediate\"}]}";

    private static HostileCalls service;
    private static String staff;
    private static String notification;
    private static String parked;

    @BeforeContainer
    static void start() {
        String group = "notification-fuzz-" + UUID.randomUUID();
        // as the authorization matrix runs it: people and dispatch at the boundary, the sending loop off
        service = HostileCalls.start(List.of(NotificationServiceApplication.class, BoundaryFixtures.class),
                "notification.digest.cron=-", "notification.outbound.sender.enabled=false",
                "spring.cloud.stream.bindings.referralEvents-in-0.group=" + group,
                "spring.cloud.stream.bindings.venueEvents-in-0.group=" + group);
        String venue = "venue-" + UUID.randomUUID();
        staff = TestJwts.venueStaff("lieu.franceservices", venue);
        ServiceCalls.publish(new ReferralSent(UUID.randomUUID(), Instant.now(), UUID.randomUUID().toString(), 1,
                venue, "Aide aux démarches administratives", TestCallers.COMMUNE,
                TestCallers.subjectOf(Who.SECRETARY_OF_COMMUNE), List.of("free"), LocalDate.now().plusDays(10),
                null));
        notification = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            var inbox = service.send("GET", "/api/notifications", staff, null, null);
            JsonNode items = JSON.readTree(new String(inbox.body(), StandardCharsets.UTF_8)).path("items");
            return items.isEmpty() ? null : items.get(0).path("id").asString();
        }, id -> id != null);
        parked = parked();
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 60)
    void markRead(@ForAll("notificationIds") String id, @ForAll("anyBody") Body body,
            @ForAll("headers") Headers headers) {
        service.check("POST", "/api/notifications/" + HostileCalls.segment(id) + "/read", staff, body, headers,
                service.counting("notification_preferences", "outbound_messages"));
    }

    @Property(tries = 60)
    void replayParked(@ForAll("parkedIds") String id, @ForAll("anyBody") Body body,
            @ForAll("headers") Headers headers) {
        service.check("POST", "/api/outbound/parked/" + HostileCalls.segment(id) + "/replay", ADMIN, body, headers,
                service.counting("notification_preferences", "outbound_messages"));
    }

    @Property(tries = 80)
    void setPreferences(@ForAll("preferences") Body body, @ForAll("headers") Headers headers) {
        service.check("PUT", "/api/notification-preferences", staff, body, headers,
                service.counting("notification_preferences", "outbound_messages"));
    }

    @Provide
    Arbitrary<Body> preferences() {
        return HostileInput.bodiesLike(PREFERENCES);
    }

    @Provide
    Arbitrary<Body> anyBody() {
        return Arbitraries.oneOf(Arbitraries.just(null), HostileInput.anyBody());
    }

    @Provide
    Arbitrary<Headers> headers() {
        return HostileInput.headers();
    }

    @Provide
    Arbitrary<String> notificationIds() {
        return Arbitraries.oneOf(Arbitraries.create(() -> notification), HostileInput.pathValues());
    }

    @Provide
    Arbitrary<String> parkedIds() {
        return Arbitraries.oneOf(Arbitraries.create(() -> parked), HostileInput.pathValues());
    }

    /** A message stored, claimed and parked as the sending loop does after its last failed attempt. */
    private static String parked() {
        OutboundMessages outbound = service.context().getBean(OutboundMessages.class);
        String id = "fuzz-" + UUID.randomUUID();
        Instant now = Instant.now();
        assertThat(outbound.add(new OutboundMessage(id, Channel.EMAIL, "claire.martin@demo.orientation-numerique.fr",
                "Orientation acceptée", "Votre orientation a été acceptée.", null, null, now), now)).isTrue();
        assertThat(outbound.claim(id, "fuzz", now, Duration.ofMinutes(5))).isPresent();
        assertThat(outbound.park(id, "fuzz", 5, "Serveur de messagerie injoignable (essai)", now)).isTrue();
        return id;
    }
}
