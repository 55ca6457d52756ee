package fr.inclusion.orientation.notification.inbox.persistence;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import fr.inclusion.orientation.notification.inbox.domain.Audience;
import fr.inclusion.orientation.notification.inbox.domain.Notification;
import fr.inclusion.orientation.notification.preferences.domain.NotificationKind;

/** A notification as stored; the id ({@code eventId:audience}) is what makes redelivery harmless. */
@Document(NotificationDocument.COLLECTION)
record NotificationDocument(@Id String id, String eventId, String audience, String kind, String referralId,
        String venueId, String title, String body, String link, Instant createdAt, Instant readAt) {

    static final String COLLECTION = "notifications";

    static NotificationDocument of(Notification n) {
        return new NotificationDocument(n.id(), n.eventId().toString(), n.audience().value(), n.kind().name(),
                n.referralId(), n.venueId(), n.title(), n.body(), n.link(), n.createdAt(), n.readAt());
    }

    Notification toDomain() {
        return new Notification(id, UUID.fromString(eventId), new Audience(audience), NotificationKind.valueOf(kind),
                referralId, venueId, title, body, link == null ? Notification.linkOf(referralId) : link, createdAt,
                readAt);
    }
}
