package fr.inclusion.orientation.notification.inbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.EventSamples;
import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.notification.inbox.InMemoryPorts;

class NotificationPolicyTest {

    private static final String SECRETARY = "6a1c9e0e-0001-4000-8000-000000000001";
    private static final String VENUE_STAFF_MEMBER = "6a1c9e0e-0003-4000-8000-000000000003";
    private static final String VENUE = "demo-revigny-france-services";
    private static final String NEED = "Aide aux démarches administratives";

    private final InMemoryPorts.Routings routings = new InMemoryPorts.Routings();

    @Test
    void sentReferralNotifiesTheVenueStaff() {
        ReferralSent sent = sent("r-1");

        List<Notification> notifications = NotificationPolicy.notificationsFor(sent, routings);

        assertThat(notifications).singleElement().satisfies(n -> {
            assertThat(n.audience()).isEqualTo(Audience.venue(VENUE));
            assertThat(n.kind()).isEqualTo(NotificationKind.REFERRAL_RECEIVED);
            assertThat(n.referralId()).isEqualTo("r-1");
            assertThat(n.venueId()).isEqualTo(VENUE);
            assertThat(n.createdAt()).isEqualTo(sent.occurredAt());
            assertThat(n.unread()).isTrue();
        });
    }

    @Test
    void acceptedReferralNotifiesTheSecretaryWhoSentIt() {
        routings.remember(ReferralRouting.of(sent("r-2")));

        List<Notification> notifications = NotificationPolicy.notificationsFor(accepted("r-2"), routings);

        assertThat(notifications).singleElement().satisfies(n -> {
            assertThat(n.audience()).isEqualTo(Audience.user(SECRETARY));
            assertThat(n.kind()).isEqualTo(NotificationKind.REFERRAL_ACCEPTED);
            assertThat(n.title()).isEqualTo("Orientation acceptée");
        });
    }

    @Test
    void acceptanceOfAReferralNeverSeenHereFailsRatherThanBeingLost() {
        assertThatThrownBy(() -> NotificationPolicy.notificationsFor(accepted("r-unknown"), routings))
                .isInstanceOf(UnknownReferral.class)
                .hasMessageContaining("r-unknown");
    }

    @Test
    void otherReferralEventsNotifyNobodyYet() {
        List<String> silent = new ArrayList<>();
        EventSamples.samplesOf(ReferralEvent.class).forEach((type, json) -> {
            ReferralEvent event = EventCodec.read(json, ReferralEvent.class);
            routings.remember(new ReferralRouting(event.referralId(), SECRETARY, VENUE, NEED, "55427"));
            if (!(event instanceof ReferralSent || event instanceof ReferralAccepted)) {
                assertThat(NotificationPolicy.notificationsFor(event, routings)).as(type).isEmpty();
                silent.add(type);
            }
        });
        assertThat(silent).hasSize(EventSamples.typesOf(ReferralEvent.class).size() - 2);
    }

    @Test
    void sameEventAndAudienceAlwaysGiveTheSameNotificationId() {
        ReferralSent sent = sent("r-3");

        Notification first = NotificationPolicy.notificationsFor(sent, routings).getFirst();
        Notification again = NotificationPolicy.notificationsFor(sent, routings).getFirst();

        assertThat(again.id()).isEqualTo(first.id()).isEqualTo(sent.eventId() + ":venue:" + VENUE);
        assertThat(NotificationPolicy.notificationsFor(sent("r-3"), routings).getFirst().id())
                .as("another event of the same referral").isNotEqualTo(first.id());
    }

    @Test
    void textIsFrenchAndNamesTheNeedAndTheCommune() {
        routings.remember(ReferralRouting.of(sent("r-4")));

        Notification received = NotificationPolicy.notificationsFor(sent("r-4"), routings).getFirst();
        Notification accepted = NotificationPolicy.notificationsFor(accepted("r-4"), routings).getFirst();

        assertThat(received.title()).isEqualTo("Nouvelle orientation reçue");
        for (Notification n : List.of(received, accepted)) {
            assertThat(n.body()).contains("« " + NEED + " »").contains("55427").contains("Commune");
        }
    }

    @Test
    void notificationCarriesNoIdentityOfTheResidentNorOfTheActors() {
        routings.remember(ReferralRouting.of(sent("r-5")));
        List<Notification> notifications = List.of(
                NotificationPolicy.notificationsFor(sent("r-5"), routings).getFirst(),
                NotificationPolicy.notificationsFor(accepted("r-5"), routings).getFirst());

        List<String> fields = Arrays.stream(Notification.class.getRecordComponents())
                .map(c -> c.getName().toLowerCase())
                .toList();
        assertThat(fields).noneMatch(f -> f.contains("name") || f.contains("resident") || f.contains("contact")
                || f.contains("phone") || f.contains("email") || f.contains("note"));
        for (Notification n : notifications) {
            assertThat(n.title() + n.body()).doesNotContain(SECRETARY).doesNotContain(VENUE_STAFF_MEMBER)
                    .doesNotContain("r-5");
        }
    }

    private static ReferralSent sent(String referralId) {
        return new ReferralSent(UUID.randomUUID(), Instant.parse("2026-11-28T10:15:30Z"), referralId, 1, VENUE, NEED,
                "55427", SECRETARY, List.of("free"), LocalDate.parse("2026-12-15"), null);
    }

    private static ReferralAccepted accepted(String referralId) {
        return new ReferralAccepted(UUID.randomUUID(), Instant.parse("2026-11-29T09:00:00Z"), referralId, 2, VENUE,
                NEED, "55427", VENUE_STAFF_MEMBER);
    }
}
