package fr.inclusion.orientation.notification;

import static fr.inclusion.orientation.notification.ServiceCalls.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.EventSamples;
import fr.inclusion.orientation.contracts.Topics;
import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralCancelled;
import fr.inclusion.orientation.contracts.referral.ReferralClosed;
import fr.inclusion.orientation.contracts.referral.ReferralDeclined;
import fr.inclusion.orientation.contracts.referral.ReferralEscalated;
import fr.inclusion.orientation.contracts.referral.ReferralExpired;
import fr.inclusion.orientation.contracts.referral.ReferralReminderDue;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.contracts.venue.VenueRegistered;
import fr.inclusion.orientation.contracts.venue.VenueSnapshot;
import fr.inclusion.orientation.contracts.venue.VenueUpdated;
import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.Contact;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.venues.domain.KnownVenues;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;

/**
 * Every referral event through the real broker and store: who finds what in their inbox, what leaves by e-mail,
 * with venue names from the venue stream. Each test uses its own venues, users and territories.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.stream.heartbeat=1s", "notification.digest.cron=-",
        "notification.web-base-url=https://orientation.example"})
@RealInfrastructure
@Import(BoundaryFixtures.class)
class ReferralNewsTest {

    private static final String NEED = "Accès internet et matériel informatique";
    private static final String REVIGNY = "55427";
    private static final String SAMPLE_VENUE = "demo-revigny-france-services";

    @LocalServerPort
    int port;

    @Autowired
    BoundaryFixtures.RecordingDispatch dispatch;

    @Autowired
    BoundaryFixtures.FixedDirectory directory;

    @Autowired
    KnownVenues venues;

    private ServiceCalls calls;

    @BeforeEach
    void calls() {
        calls = new ServiceCalls(port);
    }

    @Test
    void everyReferralEventReachesItsAudienceInFrenchNamingTheVenue() {
        String venue = registerVenue("Médiathèque Jean-Jaurès (démo)", List.of());
        Contact staff = directory.staff(venue, new Contact(TestJwts.subjectOf("lieu-" + venue), "Lou Lieu",
                "lou-" + venue + "@lieu.example", null));
        String secretaryName = "secretaire-" + UUID.randomUUID();
        Contact secretary = directory.person(new Contact(TestJwts.subjectOf(secretaryName), "Sandrine Secrétaire",
                secretaryName + "@mairie.example", "+33611111111"));
        String staffToken = TestJwts.venueStaff("lieu-" + venue, venue);
        String secretaryToken = TestJwts.secretary(secretaryName, REVIGNY);
        ReferralSent sent = sent(venue, secretary.userId());

        publish(sent);
        publish(new ReferralReminderDue(UUID.randomUUID(), Instant.now(), sent.referralId(), 1, venue, NEED, REVIGNY,
                Instant.parse("2026-12-02T09:15:30Z")));
        publish(new ReferralAccepted(UUID.randomUUID(), Instant.now(), sent.referralId(), 2, venue, NEED, REVIGNY,
                staff.userId()));
        publish(new ReferralDeclined(UUID.randomUUID(), Instant.now(), sent.referralId(), 2, venue, NEED, REVIGNY,
                staff.userId(), "mobilite"));
        publish(new ReferralClosed(UUID.randomUUID(), Instant.now(), sent.referralId(), 3, venue, NEED, REVIGNY,
                staff.userId(), "partly_resolved"));
        publish(new ReferralExpired(UUID.randomUUID(), Instant.now(), sent.referralId(), 2, venue, NEED, REVIGNY,
                Instant.parse("2026-12-03T10:15:30Z")));
        publish(new ReferralCancelled(UUID.randomUUID(), Instant.now(), sent.referralId(), 4, venue, NEED, REVIGNY,
                secretary.userId()));

        JsonNode venueInbox = calls.awaitTotal(staffToken, "", 3);
        JsonNode secretaryInbox = calls.awaitTotal(secretaryToken, "", 4);

        assertThat(kinds(venueInbox)).containsExactlyInAnyOrder("REFERRAL_RECEIVED", "REFERRAL_REMINDER",
                "REFERRAL_CANCELLED");
        assertThat(kinds(secretaryInbox)).containsExactlyInAnyOrder("REFERRAL_ACCEPTED", "REFERRAL_DECLINED",
                "REFERRAL_CLOSED", "REFERRAL_EXPIRED");
        for (JsonNode item : items(venueInbox, secretaryInbox)) {
            assertThat(item.get("body").asString()).contains("Médiathèque Jean-Jaurès (démo)")
                    .contains("Revigny-sur-Ornain (55427)").contains(NEED);
            assertThat(item.get("link").asString()).isEqualTo("/orientations/" + sent.referralId());
        }
        assertThat(byKind(secretaryInbox, "REFERRAL_DECLINED").get("body").asString())
                .contains("la personne ne peut pas se rendre jusqu'au lieu");
        assertThat(byKind(secretaryInbox, "REFERRAL_CLOSED").get("body").asString())
                .contains("demande partiellement résolue");
        assertThat(byKind(venueInbox, "REFERRAL_REMINDER").get("body").asString())
                .contains("répondez avant le mercredi 2 décembre 2026 à 10h15");

        // E-mail by default: venue staff for received and reminder, the secretary for accepted, declined, expired.
        await().atMost(ServiceCalls.DELIVERY).until(() -> dispatch.storedAbout(sent.referralId()).size() == 5);
        List<OutboundMessage> sentOut = dispatch.storedAbout(sent.referralId());
        assertThat(sentOut).allSatisfy(m -> assertThat(m.channel()).isEqualTo(Channel.EMAIL));
        assertThat(sentOut).filteredOn(m -> m.address().equals(staff.email())).extracting(OutboundMessage::subject)
                .containsExactlyInAnyOrder("Orientation numérique – Nouvelle orientation reçue",
                        "Orientation numérique – Orientation en attente de votre réponse");
        assertThat(sentOut).filteredOn(m -> m.address().equals(secretary.email())).extracting(OutboundMessage::subject)
                .containsExactlyInAnyOrder("Orientation numérique – Orientation acceptée",
                        "Orientation numérique – Orientation déclinée",
                        "Orientation numérique – Orientation restée sans réponse");
        assertThat(sentOut).allSatisfy(m -> {
            assertThat(m.text()).contains("https://orientation.example/orientations/" + sent.referralId());
            assertThat(m.subject() + m.text() + m.html()).doesNotContain("Jeanne").doesNotContain("+33600000000");
        });
    }

    @Test
    void escalationReachesTheCoordinatorsOfTheEpciAndOfTheDepartementOnly() {
        String epci = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        String departement = "d" + UUID.randomUUID().toString().substring(0, 6);
        ReferralEscalated escalated = new ReferralEscalated(UUID.randomUUID(), Instant.now(),
                UUID.randomUUID().toString(), 3, "venue-" + UUID.randomUUID(), NEED, REVIGNY, epci, departement);
        Contact coordinator = directory.coordinator(departement, new Contact(TestJwts.subjectOf("coord-" + departement),
                "Dominique Coordinatrice", "coord-" + departement + "@meuse.example", null));

        publish(escalated);

        String epciCoordinator = TestJwts.coordinator("coord-" + epci, epci);
        String departementCoordinator = TestJwts.coordinator("coord-" + departement, departement);
        JsonNode item = calls.awaitTotal(epciCoordinator, "", 1).get("items").get(0);
        assertThat(item.get("kind").asString()).isEqualTo("REFERRAL_ESCALATED");
        assertThat(item.get("title").asString()).isEqualTo("Orientation sans réponse signalée");
        assertThat(item.get("body").asString()).contains("Revigny-sur-Ornain (55427)").contains(NEED);
        assertThat(calls.awaitTotal(departementCoordinator, "", 1).get("items").get(0).get("referralId").asString())
                .isEqualTo(escalated.referralId());
        assertThat(calls.total(TestJwts.coordinator("coord-other", "d-elsewhere"), "")).isZero();
        assertThat(calls.total(TestJwts.secretary("coord-" + epci, REVIGNY), ""))
                .as("the territory inbox comes with the coordinator role").isZero();
        // escalations go to the daily digest by default: nothing at once
        assertThat(dispatch.storedTo(coordinator.email())).isEmpty();
    }

    @Test
    void venueWhoseStaffHasNoEmailIsWrittenToAtItsPublicAddress() {
        String address = "accueil-" + UUID.randomUUID() + "@lieu.example";
        String venue = registerVenue("Espace Cyber Revigny (démo)", List.of(address));
        ReferralSent sent = sent(venue, TestJwts.subjectOf("secretaire-" + UUID.randomUUID()));

        publish(sent);

        await().atMost(ServiceCalls.DELIVERY).until(() -> !dispatch.storedTo(address).isEmpty());
        assertThat(dispatch.storedTo(address)).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(sent.eventId() + ":" + address + ":EMAIL");
            assertThat(m.text()).contains("Espace Cyber Revigny (démo)").contains("Revigny-sur-Ornain");
        });
    }

    @Test
    void olderVenueEventNeverOverwritesANewerOneAndGarbageIsParked() {
        String venue = "venue-" + UUID.randomUUID();
        publish(venueEvent(venue, 2, "Nom récent", List.of()));
        publish(venueEvent(venue, 1, "Nom ancien", List.of()));
        // Same key, same partition: once the garbage that follows is parked, the older event was handled.
        byte[] garbage = "{\"type\":\"VenueUpdated\",\"eventId\":".getBytes(StandardCharsets.UTF_8);
        ServiceCalls.publishRaw(Topics.VENUE_EVENTS, venue, garbage);

        assertThat(ServiceCalls.awaitDeadLetter(Topics.VENUE_EVENTS, venue).value()).isEqualTo(garbage);
        assertThat(venues.byId(venue)).hasValueSatisfying(v -> {
            assertThat(v.name()).isEqualTo("Nom récent");
            assertThat(v.version()).isEqualTo(2);
        });
    }

    @Test
    void failingOutboundNeverHoldsUpTheInboxEntry() {
        String venue = "venue-" + UUID.randomUUID();
        String address = "down-" + venue + "@lieu.example";
        directory.staff(venue, new Contact(TestJwts.subjectOf("staff-" + venue), "Lou", address, null));
        dispatch.failFor(address);
        try {
            ReferralSent sent = sent(venue, TestJwts.subjectOf("secretaire-" + UUID.randomUUID()));

            publish(sent);

            JsonNode item = calls.awaitTotal(TestJwts.venueStaff("staff-" + venue, venue), "", 1).get("items").get(0);
            assertThat(item.get("referralId").asString()).isEqualTo(sent.referralId());
            // retried, then parked for a replay that will find the inbox done and finish the rest
            assertThat(EventCodec.read(ServiceCalls.awaitDeadLetter(Topics.REFERRAL_EVENTS, sent.referralId())
                    .value(), fr.inclusion.orientation.contracts.referral.ReferralEvent.class)).isEqualTo(sent);
            assertThat(calls.total(TestJwts.venueStaff("staff-" + venue, venue), "")).isEqualTo(1);
            assertThat(dispatch.storedTo(address)).isEmpty();
        } finally {
            dispatch.heal(address);
        }
    }

    private String registerVenue(String name, List<String> courriels) {
        String venue = "venue-" + UUID.randomUUID();
        publish(venueEvent(venue, 1, name, courriels));
        await().atMost(ServiceCalls.DELIVERY).until(() -> venues.byId(venue).isPresent());
        return venue;
    }

    /** The sample snapshot with another id, name and addresses. */
    private static VenueEvent venueEvent(String venueId, long version, String name, List<String> courriels) {
        VenueSnapshot s = EventCodec.read(EventSamples.sample(VenueRegistered.TYPE), VenueEvent.class).venue();
        VenueSnapshot snapshot = new VenueSnapshot(venueId, s.pivot(), name, s.commune(), s.codePostal(),
                s.codeInsee(), s.adresse(), s.complementAdresse(), s.latitude(), s.longitude(), s.typologie(),
                s.telephone(), courriels, s.siteWeb(), s.horaires(), s.presentationResume(), s.source(),
                s.structureParente(), s.dateMaj(), s.services(), s.publicsSpecifiquementAdresses(),
                s.priseEnChargeSpecifique(), s.fraisACharge(), s.itinerance(), s.modalitesAcces(),
                s.modalitesAccompagnement(), s.dispositifProgrammesNationaux(), s.stops(), false, true, null, null);
        return version == 1 ? new VenueRegistered(UUID.randomUUID(), Instant.now(), venueId, version, snapshot)
                : new VenueUpdated(UUID.randomUUID(), Instant.now(), venueId, version, snapshot);
    }

    private static ReferralSent sent(String venueId, String secretaryId) {
        return new ReferralSent(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                UUID.randomUUID().toString(), 1, venueId, NEED, REVIGNY, secretaryId, List.of(),
                LocalDate.now().plusDays(10), null);
    }

    private static List<String> kinds(JsonNode inbox) {
        List<String> kinds = new ArrayList<>();
        inbox.get("items").forEach(i -> kinds.add(i.get("kind").asString()));
        return kinds;
    }

    private static List<JsonNode> items(JsonNode... inboxes) {
        List<JsonNode> items = new ArrayList<>();
        for (JsonNode inbox : inboxes) {
            inbox.get("items").forEach(items::add);
        }
        return items;
    }

    private static JsonNode byKind(JsonNode inbox, String kind) {
        return items(inbox).stream().filter(i -> i.get("kind").asString().equals(kind)).findFirst().orElseThrow();
    }
}
