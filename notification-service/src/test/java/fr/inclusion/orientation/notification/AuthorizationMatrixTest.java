package fr.inclusion.orientation.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralEscalated;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.outbound.domain.OutboundMessages;
import fr.inclusion.orientation.testsupport.AuthorizationMatrix;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestCallers;
import fr.inclusion.orientation.testsupport.TestCallers.Who;

/**
 * notification-service's rows of the authorization matrix ({@code authorization-matrix.csv} in test-support), against
 * the whole service. Notifications come from referral events on the topic, as in production: a referral sent from
 * 55427 to the fixture venue (the venue's notification), accepted (the secretary's), escalated (the EPCI's
 * coordinators'). Parked messages are stored through the service's own port, with its sending loop off so that they
 * stay parked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.stream.heartbeat=1s", "notification.digest.cron=-",
        "notification.web-base-url=https://orientation.example", "notification.outbound.sender.enabled=false"})
@RealInfrastructure
@Import(BoundaryFixtures.class)
class AuthorizationMatrixTest {

    private static final String NEED = "Aide aux démarches administratives";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    OutboundMessages outbound;

    @TestFactory
    Stream<DynamicNode> everyEndpointAnswersEachCallerAsTheTableSays() {
        ServiceCalls calls = new ServiceCalls(port);
        String venue = "venue-" + UUID.randomUUID();
        String otherVenue = "venue-" + UUID.randomUUID();
        TestCallers callers = TestCallers.around(venue, otherVenue);

        ReferralSent sent = new ReferralSent(UUID.randomUUID(), Instant.now(), UUID.randomUUID().toString(), 1, venue,
                NEED, TestCallers.COMMUNE, TestCallers.subjectOf(Who.SECRETARY_OF_COMMUNE), List.of("free"),
                LocalDate.now().plusDays(10), null);
        ServiceCalls.publish(sent);
        ServiceCalls.publish(new ReferralAccepted(UUID.randomUUID(), Instant.now(), sent.referralId(), 2, venue, NEED,
                TestCallers.COMMUNE, TestCallers.subjectOf(Who.STAFF_OF_VENUE)));
        ServiceCalls.publish(new ReferralEscalated(UUID.randomUUID(), Instant.now(), UUID.randomUUID().toString(), 2,
                venue, NEED, TestCallers.COMMUNE, TestCallers.TERRITORY, "55"));

        return AuthorizationMatrix.forService("notification-service")
                .at("http://127.0.0.1:" + port)
                .endpointsOf(context, "fr.inclusion.orientation.notification")
                .callers(callers)
                .fixture("venueNotification", onlyNotificationOf(calls, callers.token(Who.STAFF_OF_VENUE)))
                .fixture("secretaryNotification", onlyNotificationOf(calls, callers.token(Who.SECRETARY_OF_COMMUNE)))
                .fixture("territoryNotification",
                        onlyNotificationOf(calls, callers.token(Who.COORDINATOR_OF_TERRITORY)))
                .fixture("parked", parked())
                .fixture("parkedToReplay", parked())
                .body("preferences", "application/json", """
                        {"kinds":[{"kind":"REFERRAL_RECEIVED","channels":["in_app"],"delivery":"immediate"}]}""")
                .tests();
    }

    /** The one notification of a fresh inbox, once its event went through the topic. */
    private static String onlyNotificationOf(ServiceCalls calls, String token) {
        return calls.awaitTotal(token, "", 1).get("items").get(0).get("id").asString();
    }

    /** A message stored, claimed and parked as the sending loop does after its last failed attempt. */
    private String parked() {
        String id = "matrix-" + UUID.randomUUID();
        Instant now = Instant.now();
        assertThat(outbound.add(new OutboundMessage(id, Channel.EMAIL, "claire.martin@demo.orientation-numerique.fr",
                "Orientation acceptée", "Votre orientation a été acceptée.", null, null, now), now)).isTrue();
        assertThat(outbound.claim(id, "matrix", now, Duration.ofMinutes(5))).isPresent();
        assertThat(outbound.park(id, "matrix", 5, "Serveur de messagerie injoignable (essai)", now)).isTrue();
        return id;
    }
}
