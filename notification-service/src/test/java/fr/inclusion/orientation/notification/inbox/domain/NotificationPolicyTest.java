package fr.inclusion.orientation.notification.inbox.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.EventSamples;
import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralCancelled;
import fr.inclusion.orientation.contracts.referral.ReferralClosed;
import fr.inclusion.orientation.contracts.referral.ReferralDeclined;
import fr.inclusion.orientation.contracts.referral.ReferralEscalated;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.referral.ReferralExpired;
import fr.inclusion.orientation.contracts.referral.ReferralReminderDue;
import fr.inclusion.orientation.contracts.referral.ReferralRerouted;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.notification.inbox.InMemoryPorts;
import fr.inclusion.orientation.notification.preferences.domain.NotificationKind;

class NotificationPolicyTest {

    private static final String SECRETARY = "6a1c9e0e-0001-4000-8000-000000000001";
    private static final String VENUE_STAFF_MEMBER = "6a1c9e0e-0003-4000-8000-000000000003";
    private static final String VENUE = "demo-revigny-france-services";
    private static final String VENUE_NAME = "France Services Revigny-sur-Ornain (démo)";
    private static final String OTHER_VENUE = "demo-revigny-mediatheque";
    private static final String NEED = "Aide aux démarches administratives";
    private static final String REVIGNY = "55427";
    private static final String EPCI = "245501184";
    private static final Instant AT = Instant.parse("2026-11-30T10:15:30Z");

    private final InMemoryPorts.Routings routings = new InMemoryPorts.Routings();
    private final InMemoryPorts.Places places = new InMemoryPorts.Places().venue(VENUE, VENUE_NAME)
            .venue(OTHER_VENUE, "Médiathèque de Revigny (démo)");

    @Test
    void sentReferralNotifiesTheVenueStaff() {
        ReferralSent sent = sent("r-1");

        List<Notification> notifications = NotificationPolicy.notificationsFor(sent, routings, places);

        assertThat(notifications).singleElement().satisfies(n -> {
            assertThat(n.audience()).isEqualTo(Audience.venue(VENUE));
            assertThat(n.kind()).isEqualTo(NotificationKind.REFERRAL_RECEIVED);
            assertThat(n.referralId()).isEqualTo("r-1");
            assertThat(n.venueId()).isEqualTo(VENUE);
            assertThat(n.link()).isEqualTo("/orientations/r-1");
            assertThat(n.createdAt()).isEqualTo(sent.occurredAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            assertThat(n.unread()).isTrue();
            assertThat(n.title()).isEqualTo("Nouvelle orientation reçue");
            assertThat(n.body()).isEqualTo("Une personne de Revigny-sur-Ornain (55427) est orientée vers votre lieu "
                    + "« " + VENUE_NAME + " » pour « " + NEED + " ». Échéance de sa démarche : mardi 15 décembre "
                    + "2026. Merci d'accepter ou de décliner l'orientation.");
        });
    }

    @Test
    void cancelledReferralNotifiesTheVenueStaff() {
        Notification n = only(new ReferralCancelled(UUID.randomUUID(), AT, "r-2", 3, VENUE, NEED, REVIGNY,
                SECRETARY));

        assertThat(n.audience()).isEqualTo(Audience.venue(VENUE));
        assertThat(n.kind()).isEqualTo(NotificationKind.REFERRAL_CANCELLED);
        assertThat(n.title()).isEqualTo("Orientation annulée");
        assertThat(n.body()).contains("La mairie a annulé").contains(VENUE_NAME).contains("Revigny-sur-Ornain")
                .contains(NEED);
    }

    @Test
    void reminderTellsTheVenueStaffWhenToAnswerBy() {
        Notification n = only(new ReferralReminderDue(UUID.randomUUID(), AT, "r-3", 2, VENUE, NEED, REVIGNY,
                Instant.parse("2026-12-02T09:15:30Z")));

        assertThat(n.audience()).isEqualTo(Audience.venue(VENUE));
        assertThat(n.kind()).isEqualTo(NotificationKind.REFERRAL_REMINDER);
        assertThat(n.title()).isEqualTo("Orientation en attente de votre réponse");
        // 09:15 UTC is 10:15 in Paris in winter
        assertThat(n.body()).contains("répondez avant le mercredi 2 décembre 2026 à 10h15").contains(VENUE_NAME)
                .contains("Revigny-sur-Ornain (55427)");
    }

    @Test
    void acceptedReferralNotifiesTheSecretaryWhoSentIt() {
        routings.remember(ReferralRouting.of(sent("r-4")));

        Notification n = only(accepted("r-4"));

        assertThat(n.audience()).isEqualTo(Audience.user(SECRETARY));
        assertThat(n.kind()).isEqualTo(NotificationKind.REFERRAL_ACCEPTED);
        assertThat(n.title()).isEqualTo("Orientation acceptée");
        assertThat(n.body()).isEqualTo("Le lieu « " + VENUE_NAME + " » a accepté l'orientation d'une personne de "
                + "Revigny-sur-Ornain (55427) pour « " + NEED + " ».");
        assertThat(n.link()).isEqualTo("/orientations/r-4");
    }

    @Test
    void declinedReferralGivesTheSecretaryTheReasonInFrench() {
        routings.remember(ReferralRouting.of(sent("r-5")));

        Notification n = only(new ReferralDeclined(UUID.randomUUID(), AT, "r-5", 2, VENUE, NEED, REVIGNY,
                VENUE_STAFF_MEMBER, "session-complete"));

        assertThat(n.audience()).isEqualTo(Audience.user(SECRETARY));
        assertThat(n.kind()).isEqualTo(NotificationKind.REFERRAL_DECLINED);
        assertThat(n.title()).isEqualTo("Orientation déclinée");
        assertThat(n.body()).contains("Motif : le lieu n'a plus de place disponible pour le moment")
                .contains("orienter vers un autre lieu").contains(VENUE_NAME).doesNotContain("session-complete");
    }

    @ParameterizedTest
    @ValueSource(strings = {"injoignable", "non-eligible", "session-complete", "hors-competence", "mobilite",
            "doublon", "autre"})
    void everyDeclineReasonOfTheDomainHasItsFrenchWording(String reason) {
        routings.remember(ReferralRouting.of(sent("r-6")));

        Notification n = only(new ReferralDeclined(UUID.randomUUID(), AT, "r-6", 2, VENUE, NEED, REVIGNY,
                VENUE_STAFF_MEMBER, reason));

        assertThat(n.body()).contains("Motif : " + NotificationText.DECLINE_REASONS.get(reason))
                .doesNotContain(reason + ".").doesNotContain("non précisé");
    }

    @Test
    void closedReferralGivesTheSecretaryTheOutcomeInFrench() {
        routings.remember(ReferralRouting.of(sent("r-7")));

        Notification resolved = only(closed("r-7", "resolved"));
        Notification noShow = only(closed("r-7", "no_show"));

        assertThat(resolved.audience()).isEqualTo(Audience.user(SECRETARY));
        assertThat(resolved.kind()).isEqualTo(NotificationKind.REFERRAL_CLOSED);
        assertThat(resolved.title()).isEqualTo("Orientation clôturée");
        assertThat(resolved.body()).contains("Résultat : demande résolue.");
        assertThat(noShow.body()).contains("Résultat : la personne ne s'est pas présentée.");
        assertThat(only(closed("r-7", "partly_resolved")).body()).contains("demande partiellement résolue");
        assertThat(only(closed("r-7", "not_resolved")).body()).contains("demande non résolue");
    }

    @Test
    void expiredReferralTellsTheSecretary() {
        routings.remember(ReferralRouting.of(sent("r-8")));

        Notification n = only(new ReferralExpired(UUID.randomUUID(), AT, "r-8", 2, VENUE, NEED, REVIGNY,
                Instant.parse("2026-12-03T10:15:30Z")));

        assertThat(n.audience()).isEqualTo(Audience.user(SECRETARY));
        assertThat(n.kind()).isEqualTo(NotificationKind.REFERRAL_EXPIRED);
        assertThat(n.title()).isEqualTo("Orientation restée sans réponse");
        assertThat(n.body()).contains(VENUE_NAME).contains("n'a pas répondu à temps")
                .contains("jeudi 3 décembre 2026 à 11h15");
    }

    @Test
    void escalationReachesTheCoordinatorsOfTheEpciAndOfTheDepartement() {
        ReferralEscalated escalated = escalated("r-9", EPCI, "55");

        List<Notification> notifications = NotificationPolicy.notificationsFor(escalated, routings, places);

        assertThat(notifications).extracting(Notification::audience)
                .containsExactly(Audience.territory(EPCI), Audience.territory("55"));
        assertThat(notifications).allSatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REFERRAL_ESCALATED);
            assertThat(n.title()).isEqualTo("Orientation sans réponse signalée");
            assertThat(n.body()).contains(VENUE_NAME).contains("Revigny-sur-Ornain (55427)").contains(NEED);
            assertThat(n.link()).isEqualTo("/orientations/r-9");
        });
        assertThat(notifications).extracting(Notification::id).doesNotHaveDuplicates();
    }

    @Test
    void escalationOfACommuneWithoutKnownEpciReachesTheDepartementOnly() {
        assertThat(NotificationPolicy.notificationsFor(escalated("r-10", null, "55"), routings, places))
                .extracting(Notification::audience).containsExactly(Audience.territory("55"));
        assertThat(NotificationPolicy.notificationsFor(escalated("r-10", null, null), routings, places))
                .as("département read from the INSEE code")
                .extracting(Notification::audience).containsExactly(Audience.territory("55"));
    }

    @Test
    void reroutingTellsNobodyByItselfTheNewReferralTellsTheNewVenueOnce() {
        routings.remember(ReferralRouting.of(sent("r-11")));
        ReferralRerouted rerouted = new ReferralRerouted(UUID.randomUUID(), AT, "r-11", 4, VENUE, NEED, REVIGNY,
                SECRETARY, "r-12", OTHER_VENUE);
        ReferralSent newReferral = new ReferralSent(UUID.randomUUID(), AT, "r-12", 1, OTHER_VENUE, NEED, REVIGNY,
                SECRETARY, List.of(), null, "r-11");

        assertThat(NotificationPolicy.notificationsFor(rerouted, routings, places)).isEmpty();
        Notification received = only(newReferral);

        assertThat(received.audience()).isEqualTo(Audience.venue(OTHER_VENUE));
        assertThat(received.kind()).isEqualTo(NotificationKind.REFERRAL_RECEIVED);
        assertThat(received.body()).contains("Médiathèque de Revigny (démo)")
                .contains("Elle avait d'abord été orientée vers un autre lieu.").doesNotContain("Échéance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"accepted", "declined", "closed", "expired"})
    void secretaryNewsOfAReferralNeverSeenHereFailsRatherThanBeingLost(String which) {
        ReferralEvent event = switch (which) {
            case "accepted" -> accepted("r-unknown");
            case "declined" -> new ReferralDeclined(UUID.randomUUID(), AT, "r-unknown", 2, VENUE, NEED, REVIGNY,
                    VENUE_STAFF_MEMBER, "autre");
            case "closed" -> closed("r-unknown", "resolved");
            default -> new ReferralExpired(UUID.randomUUID(), AT, "r-unknown", 2, VENUE, NEED, REVIGNY, AT);
        };

        assertThatThrownBy(() -> NotificationPolicy.notificationsFor(event, routings, places))
                .isInstanceOf(UnknownReferralException.class)
                .hasMessageContaining("r-unknown");
    }

    @Test
    void everyReferralEventTypeIsHandledAndOnlyTheReroutingIsSilent() {
        EventSamples.samplesOf(ReferralEvent.class).forEach((type, json) -> {
            ReferralEvent event = EventCodec.read(json, ReferralEvent.class);
            routings.remember(new ReferralRouting(event.referralId(), SECRETARY, VENUE, NEED, REVIGNY));
            assertThatCode(() -> NotificationPolicy.notificationsFor(event, routings, places)).as(type)
                    .doesNotThrowAnyException();
            List<Notification> produced = NotificationPolicy.notificationsFor(event, routings, places);
            if (event instanceof ReferralRerouted) {
                assertThat(produced).as(type).isEmpty();
            } else {
                assertThat(produced).as(type).isNotEmpty();
            }
        });
    }

    @Test
    void sameEventAndAudienceAlwaysGiveTheSameNotificationId() {
        ReferralSent sent = sent("r-13");

        Notification first = only(sent);
        Notification again = only(sent);

        assertThat(again.id()).isEqualTo(first.id()).isEqualTo(sent.eventId() + ":venue:" + VENUE);
        assertThat(only(sent("r-13")).id()).as("another event of the same referral").isNotEqualTo(first.id());
    }

    @Test
    void textFallsBackToTheCodesWhenNamesAreNotKnownYet() {
        InMemoryPorts.Places nothingKnown = new InMemoryPorts.Places();
        ReferralSent sent = new ReferralSent(UUID.randomUUID(), AT, "r-14", 1, "venue-unknown", NEED, "55999",
                SECRETARY, List.of(), null, null);

        Notification n = NotificationPolicy.notificationsFor(sent, routings, nothingKnown).getFirst();

        assertThat(n.body()).contains("la commune de code INSEE 55999").contains("vers votre lieu pour")
                .doesNotContain("null");
    }

    @Test
    void notificationCarriesNoIdentityOfTheResidentNorOfTheActors() {
        routings.remember(ReferralRouting.of(sent("r-15")));
        List<Notification> notifications = List.of(only(sent("r-15")), only(accepted("r-15")),
                only(new ReferralDeclined(UUID.randomUUID(), AT, "r-15", 2, VENUE, NEED, REVIGNY, VENUE_STAFF_MEMBER,
                        "injoignable")),
                only(closed("r-15", "resolved")));

        List<String> fields = Arrays.stream(Notification.class.getRecordComponents())
                .map(c -> c.getName().toLowerCase())
                .toList();
        assertThat(fields).noneMatch(f -> f.contains("name") || f.contains("resident") || f.contains("contact")
                || f.contains("phone") || f.contains("email") || f.contains("note"));
        for (Notification n : notifications) {
            assertThat(n.title() + n.body()).doesNotContain(SECRETARY).doesNotContain(VENUE_STAFF_MEMBER)
                    .doesNotContain("r-15").doesNotContain("Jeanne").doesNotContain("+33600000000");
        }
    }

    private Notification only(ReferralEvent event) {
        List<Notification> notifications = NotificationPolicy.notificationsFor(event, routings, places);
        assertThat(notifications).hasSize(1);
        return notifications.getFirst();
    }

    private static ReferralSent sent(String referralId) {
        return new ReferralSent(UUID.randomUUID(), Instant.parse("2026-11-28T10:15:30Z"), referralId, 1, VENUE, NEED,
                REVIGNY, SECRETARY, List.of("free"), LocalDate.parse("2026-12-15"), null);
    }

    private static ReferralAccepted accepted(String referralId) {
        return new ReferralAccepted(UUID.randomUUID(), Instant.parse("2026-11-29T09:00:00Z"), referralId, 2, VENUE,
                NEED, REVIGNY, VENUE_STAFF_MEMBER);
    }

    private static ReferralClosed closed(String referralId, String outcome) {
        return new ReferralClosed(UUID.randomUUID(), AT, referralId, 3, VENUE, NEED, REVIGNY, VENUE_STAFF_MEMBER,
                outcome);
    }

    private static ReferralEscalated escalated(String referralId, String epci, String departement) {
        return new ReferralEscalated(UUID.randomUUID(), AT, referralId, 3, VENUE, NEED, REVIGNY, epci, departement);
    }
}
