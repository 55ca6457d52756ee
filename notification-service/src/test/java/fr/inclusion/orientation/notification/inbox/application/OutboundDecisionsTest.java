package fr.inclusion.orientation.notification.inbox.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralCancelled;
import fr.inclusion.orientation.contracts.referral.ReferralClosed;
import fr.inclusion.orientation.contracts.referral.ReferralEscalated;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.notification.inbox.InMemoryPorts;
import fr.inclusion.orientation.notification.inbox.domain.DigestEntry;
import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.Contact;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.preferences.domain.PreferenceChange;
import fr.inclusion.orientation.notification.venues.domain.KnownVenue;

/** Who is told outside the app, by which channel, with which text: the inbox side on in-memory ports. */
class OutboundDecisionsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final String NEED = "Aide aux démarches administratives";
    private static final String VENUE = "venue-fs";
    private static final String VENUE_NAME = "France Services Revigny-sur-Ornain (démo)";
    private static final String EPCI = "245501184";

    private final InMemoryPorts.Service service = new InMemoryPorts.Service();
    private final Contact secretary = service.directory.person(
            new Contact("sec-1", "Sandrine Secrétaire", "sandrine@mairie-revigny.example", "+33611111111"));

    @BeforeEach
    void knownPlaces() {
        service.clock.pin(NOW);
        service.places.venue(VENUE, VENUE_NAME);
        service.venues.storeIfNewer(new KnownVenue(VENUE, VENUE_NAME, "55427",
                List.of("accueil@franceservices.example"), true, 1), "e-1");
    }

    @Test
    void venueStaffGetAnEmailAtOnceForAReferralReceived() {
        Contact staff = service.directory.staff(VENUE, new Contact("staff-1", "Lou Lieu", "lou@fs.example", null));
        ReferralSent sent = sent("r-1");

        service.delivery.deliver(sent);

        assertThat(service.dispatch.stored()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(sent.eventId() + ":staff-1:EMAIL");
            assertThat(m.channel()).isEqualTo(Channel.EMAIL);
            assertThat(m.address()).isEqualTo(staff.email());
            assertThat(m.subject()).isEqualTo("Orientation numérique – Nouvelle orientation reçue");
            assertThat(m.text()).startsWith("Bonjour Lou Lieu,").contains(VENUE_NAME).contains("Revigny-sur-Ornain")
                    .contains(NEED).contains("https://orientation.example/orientations/r-1")
                    .contains("préférences de notification : https://orientation.example/preferences");
            assertThat(m.html()).contains("https://orientation.example/orientations/r-1")
                    .contains("<a href=\"https://orientation.example/preferences\">");
            assertThat(m.referralId()).isEqualTo("r-1");
            assertThat(m.createdAt()).isEqualTo(NOW);
        });
    }

    @Test
    void venueWhoseStaffHasNoEmailIsWrittenToAtItsOwnAddresses() {
        service.directory.staff(VENUE, new Contact("staff-2", "Sans Courriel", null, null));
        ReferralSent sent = sent("r-2");

        service.delivery.deliver(sent);

        assertThat(service.dispatch.stored()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo(sent.eventId() + ":accueil@franceservices.example:EMAIL");
            assertThat(m.address()).isEqualTo("accueil@franceservices.example");
            assertThat(m.text()).startsWith("Bonjour,");
        });
    }

    @Test
    void venueWithoutAnyStaffKnownIsWrittenToAtItsOwnAddressesToo() {
        service.delivery.deliver(sent("r-3"));

        assertThat(service.dispatch.stored()).extracting(OutboundMessage::address)
                .containsExactly("accueil@franceservices.example");
    }

    @Test
    void secretaryWhoChoseSmsGetsItBesideTheEmail() {
        service.delivery.deliver(sent("r-4"));
        service.preferences.change("sec-1", List.of(
                new PreferenceChange("REFERRAL_ACCEPTED", List.of("in_app", "email", "sms"), "immediate")));
        ReferralAccepted accepted = accepted("r-4");

        service.delivery.deliver(accepted);

        List<OutboundMessage> toSecretary = service.dispatch.stored().stream()
                .filter(m -> m.id().startsWith(accepted.eventId().toString())).toList();
        assertThat(toSecretary).extracting(OutboundMessage::id).containsExactly(
                accepted.eventId() + ":sec-1:EMAIL", accepted.eventId() + ":sec-1:SMS");
        OutboundMessage sms = toSecretary.get(1);
        assertThat(sms.channel()).isEqualTo(Channel.SMS);
        assertThat(sms.address()).isEqualTo(secretary.phone());
        assertThat(sms.html()).isNull();
        assertThat(sms.text()).isEqualTo(
                "Orientation numérique : Orientation acceptée. https://orientation.example/orientations/r-4");
    }

    @Test
    void secretaryWhoKeptOnlyInAppGetsNothingOutside() {
        service.delivery.deliver(sent("r-5"));
        service.preferences.change("sec-1", List.of(
                new PreferenceChange("REFERRAL_ACCEPTED", List.of("in_app"), "immediate")));
        int before = service.dispatch.stored().size();

        service.delivery.deliver(accepted("r-5"));

        assertThat(service.dispatch.stored()).hasSize(before);
        assertThat(service.inboxes.all()).as("the inbox still has it").hasSize(2);
    }

    @Test
    void kindsThatAreInAppOnlyByDefaultSendNothing() {
        service.directory.staff(VENUE, new Contact("staff-3", "Lou", "lou3@fs.example", null));
        service.delivery.deliver(sent("r-6"));
        int before = service.dispatch.stored().size();

        service.delivery.deliver(new ReferralCancelled(UUID.randomUUID(), NOW, "r-6", 2, VENUE, NEED, "55427",
                "sec-1"));
        service.delivery.deliver(new ReferralClosed(UUID.randomUUID(), NOW, "r-6", 3, VENUE, NEED, "55427",
                "staff-3", "resolved"));

        assertThat(service.dispatch.stored()).hasSize(before);
        assertThat(service.inboxes.all()).hasSize(3);
    }

    @Test
    void coordinatorsGetEscalationsInTheirDigestOnceEachWhateverTheirTerritory() {
        service.directory.coordinator(EPCI, new Contact("coord-epci", "Claude", "claude@cc.example", null));
        service.directory.coordinator("55", new Contact("coord-55", "Dominique", "dominique@meuse.example", null));
        // a coordinator listed under both territories is one person
        service.directory.coordinator("55", new Contact("coord-epci", "Claude", "claude@cc.example", null));
        ReferralEscalated escalated = new ReferralEscalated(UUID.randomUUID(), NOW, "r-7", 3, VENUE, NEED, "55427",
                EPCI, "55");

        service.delivery.deliver(escalated);

        assertThat(service.inboxes.all()).as("one inbox entry per territory").hasSize(2);
        assertThat(service.dispatch.stored()).as("digest, not at once").isEmpty();
        assertThat(service.digests.all()).extracting(DigestEntry::id).containsExactly(
                escalated.eventId() + ":coord-epci", escalated.eventId() + ":coord-55");
        assertThat(service.digests.all()).extracting(DigestEntry::email)
                .containsExactly("claude@cc.example", "dominique@meuse.example");
        assertThat(service.directory.coordinatorQuestions()).as("one question for both territories").isEqualTo(1);
    }

    @Test
    void coordinatorWhoWantsEscalationsAtOnceGetsThemAtOnce() {
        service.directory.coordinator("55", new Contact("coord-now", "Dominique", "now@meuse.example", null));
        service.preferences.change("coord-now", List.of(
                new PreferenceChange("REFERRAL_ESCALATED", List.of("in_app", "email"), "immediate")));
        ReferralEscalated escalated = new ReferralEscalated(UUID.randomUUID(), NOW, "r-8", 3, VENUE, NEED, "55427",
                EPCI, "55");

        service.delivery.deliver(escalated);

        assertThat(service.dispatch.stored()).extracting(OutboundMessage::id)
                .containsExactly(escalated.eventId() + ":coord-now:EMAIL");
        assertThat(service.digests.all()).isEmpty();
    }

    @Test
    void decidingAgainForARedeliveredEventStoresNothingNew() {
        service.directory.staff(VENUE, new Contact("staff-4", "Lou", "lou4@fs.example", "+33622222222"));
        service.preferences.change("staff-4", List.of(
                new PreferenceChange("REFERRAL_RECEIVED", List.of("in_app", "email", "sms"), "immediate")));
        ReferralSent sent = sent("r-9");

        service.delivery.deliver(sent);
        service.delivery.deliver(sent);

        assertThat(service.dispatch.stored()).extracting(OutboundMessage::id)
                .containsExactly(sent.eventId() + ":staff-4:EMAIL", sent.eventId() + ":staff-4:SMS");
        assertThat(service.inboxes.all()).hasSize(1);
        assertThat(service.feed.pushed()).hasSize(1);
    }

    @Test
    void nothingSentNamesTheResident() {
        service.directory.staff(VENUE, new Contact("staff-5", "Lou", "lou5@fs.example", "+33633333333"));
        service.delivery.deliver(sent("r-10"));
        service.delivery.deliver(accepted("r-10"));

        assertThat(service.dispatch.stored()).isNotEmpty().allSatisfy(m -> assertThat(
                m.subject() + m.text() + m.html()).doesNotContain("Jeanne").doesNotContain("+33600000000"));
    }

    private static ReferralSent sent(String referralId) {
        return new ReferralSent(UUID.randomUUID(), NOW, referralId, 1, VENUE, NEED, "55427", "sec-1",
                List.of("free"), LocalDate.parse("2026-12-15"), null);
    }

    private static ReferralAccepted accepted(String referralId) {
        return new ReferralAccepted(UUID.randomUUID(), NOW, referralId, 2, VENUE, NEED, "55427", "staff-1");
    }
}
