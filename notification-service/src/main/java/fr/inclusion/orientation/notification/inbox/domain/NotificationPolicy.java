package fr.inclusion.orientation.notification.inbox.domain;

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

/** Who hears about which referral event, and what they read. */
public final class NotificationPolicy {

    private NotificationPolicy() {
    }

    /**
     * The notifications an event produces, one per audience; empty for events nobody is told about yet.
     *
     * @throws UnknownReferral when the event needs the referral's routing and none was remembered
     */
    public static List<Notification> notificationsFor(ReferralEvent event, ReferralRoutings routings) {
        return switch (event) {
            case ReferralSent sent -> List.of(Notification.of(sent.eventId(), Audience.venue(sent.venueId()),
                    NotificationKind.REFERRAL_RECEIVED, sent.referralId(), sent.venueId(),
                    NotificationText.referralReceived(sent.need(), sent.communeCode()), sent.occurredAt()));
            case ReferralAccepted accepted -> {
                ReferralRouting routing = routings.find(accepted.referralId())
                        .orElseThrow(() -> new UnknownReferral(accepted.referralId()));
                yield List.of(Notification.of(accepted.eventId(), Audience.user(routing.secretaryId()),
                        NotificationKind.REFERRAL_ACCEPTED, accepted.referralId(), accepted.venueId(),
                        NotificationText.referralAccepted(accepted.need(), accepted.communeCode()),
                        accepted.occurredAt()));
            }
            // Decoded and acknowledged, but nobody is told yet: declines, closures, expiries, reminders,
            // escalations and re-routings get their audiences with the notifications issue.
            case ReferralDeclined declined -> List.of();
            case ReferralClosed closed -> List.of();
            case ReferralExpired expired -> List.of();
            case ReferralCancelled cancelled -> List.of();
            case ReferralRerouted rerouted -> List.of();
            case ReferralReminderDue reminder -> List.of();
            case ReferralEscalated escalated -> List.of();
        };
    }
}
