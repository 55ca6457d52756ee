package fr.inclusion.orientation.notification.inbox.domain;

import java.util.ArrayList;
import java.util.List;

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
import fr.inclusion.orientation.notification.preferences.domain.NotificationKind;
import fr.inclusion.orientation.reference.territory.InseeCodes;

/**
 * Who hears about which referral event, and what they read.
 * <ul>
 * <li>the venue's staff: a referral sent to it (also a re-routed one), cancelled, or waiting for an answer;</li>
 * <li>the referring secretary: the venue's answer (accepted, declined with its coded reason, closed with its
 * outcome) and the lack of one (expired);</li>
 * <li>the territory's coordinators: an escalation, once for the EPCI's coordinators and once for the
 * département's, so that a département coordinator sees the escalations of every EPCI of the département.</li>
 * </ul>
 * A re-routing tells nobody by itself: the new referral's own {@code ReferralSent} tells the new venue, so that it
 * hears about it once.
 */
public final class NotificationPolicy {

    private NotificationPolicy() {
    }

    /**
     * The notifications an event produces, one per audience.
     *
     * @throws UnknownReferralException when the event needs the referral's routing (the secretary) and none was remembered
     */
    public static List<Notification> notificationsFor(ReferralEvent event, ReferralRoutings routings,
            PlaceNames places) {
        NotificationText.About about = about(event, places);
        return switch (event) {
            case ReferralSent sent -> List.of(venueNotification(sent, NotificationKind.REFERRAL_RECEIVED,
                    NotificationText.referralReceived(about, sent.deadline(), sent.reroutedFrom() != null)));
            case ReferralCancelled cancelled -> List.of(venueNotification(cancelled,
                    NotificationKind.REFERRAL_CANCELLED, NotificationText.referralCancelled(about)));
            case ReferralReminderDue reminder -> List.of(venueNotification(reminder,
                    NotificationKind.REFERRAL_REMINDER, NotificationText.reminder(about, reminder.dueAt())));
            case ReferralAccepted accepted -> List.of(secretaryNotification(accepted, routings,
                    NotificationKind.REFERRAL_ACCEPTED, NotificationText.referralAccepted(about)));
            case ReferralDeclined declined -> List.of(secretaryNotification(declined, routings,
                    NotificationKind.REFERRAL_DECLINED, NotificationText.referralDeclined(about, declined.reason())));
            case ReferralClosed closed -> List.of(secretaryNotification(closed, routings,
                    NotificationKind.REFERRAL_CLOSED, NotificationText.referralClosed(about, closed.outcome())));
            case ReferralExpired expired -> List.of(secretaryNotification(expired, routings,
                    NotificationKind.REFERRAL_EXPIRED, NotificationText.referralExpired(about, expired.dueAt())));
            case ReferralEscalated escalated -> territoryNotifications(escalated,
                    NotificationText.referralEscalated(about));
            case ReferralRerouted rerouted -> List.of();
        };
    }

    /** The territories whose coordinators hear about an escalation: its EPCI (when known) and its département. */
    public static List<String> territoriesOf(ReferralEscalated escalated) {
        List<String> territories = new ArrayList<>(2);
        if (escalated.epciSiren() != null && !escalated.epciSiren().isBlank()) {
            territories.add(escalated.epciSiren());
        }
        String departement = escalated.departement() != null && !escalated.departement().isBlank()
                ? escalated.departement()
                : InseeCodes.departementOf(escalated.communeCode());
        if (departement != null && !territories.contains(departement)) {
            territories.add(departement);
        }
        return List.copyOf(territories);
    }

    private static NotificationText.About about(ReferralEvent event, PlaceNames places) {
        return new NotificationText.About(event.need(), event.communeCode(),
                event.communeCode() == null ? null : places.commune(event.communeCode()).orElse(null),
                event.venueId() == null ? null : places.venue(event.venueId()).orElse(null));
    }

    private static Notification venueNotification(ReferralEvent event, NotificationKind kind, NotificationText text) {
        return Notification.of(event.eventId(), Audience.venue(event.venueId()), kind, event.referralId(),
                event.venueId(), text, event.occurredAt());
    }

    private static Notification secretaryNotification(ReferralEvent event, ReferralRoutings routings,
            NotificationKind kind, NotificationText text) {
        ReferralRouting routing = routings.find(event.referralId())
                .orElseThrow(() -> new UnknownReferralException(event.referralId()));
        return Notification.of(event.eventId(), Audience.user(routing.secretaryId()), kind, event.referralId(),
                event.venueId(), text, event.occurredAt());
    }

    private static List<Notification> territoryNotifications(ReferralEscalated escalated, NotificationText text) {
        return territoriesOf(escalated).stream()
                .map(code -> Notification.of(escalated.eventId(), Audience.territory(code),
                        NotificationKind.REFERRAL_ESCALATED, escalated.referralId(), escalated.venueId(), text,
                        escalated.occurredAt()))
                .toList();
    }
}
