package fr.inclusion.orientation.notification.inbox.web;

import java.time.Instant;

import fr.inclusion.orientation.notification.inbox.domain.Notification;

/**
 * A notification as the inbox and the live stream show it.
 *
 * @param link path of the referral in the web app, {@code /orientations/<referralId>}
 */
public record NotificationView(String id, String kind, String referralId, String venueId, String title,
        String body, String link, Instant createdAt, Instant readAt, boolean read) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id(), n.kind().name(), n.referralId(), n.venueId(), n.title(), n.body(),
                n.link(), n.createdAt(), n.readAt(), !n.unread());
    }
}
