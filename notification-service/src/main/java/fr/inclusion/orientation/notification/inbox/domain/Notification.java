package fr.inclusion.orientation.notification.inbox.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import fr.inclusion.orientation.notification.preferences.domain.NotificationKind;

/**
 * One message in one audience's inbox. Its id is derived from the event and the audience, so the same event
 * delivered twice yields the same notification and the store keeps one. It names the need, the commune and the
 * venue, never the resident (events carry no identity).
 *
 * @param link path of the referral in the web app, {@code /orientations/<referralId>}
 */
public record Notification(String id, UUID eventId, Audience audience, NotificationKind kind, String referralId,
        String venueId, String title, String body, String link, Instant createdAt, Instant readAt) {

    public Notification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A new, unread notification of {@code eventId} for {@code audience}. The time is kept to the millisecond, as
     * the store keeps it, so the live event and the inbox show the same value.
     */
    public static Notification of(UUID eventId, Audience audience, NotificationKind kind, String referralId,
            String venueId, NotificationText text, Instant createdAt) {
        return new Notification(idOf(eventId, audience), eventId, audience, kind, referralId, venueId, text.title(),
                text.body(), linkOf(referralId), createdAt.truncatedTo(ChronoUnit.MILLIS), null);
    }

    /** Exactly one notification per (event, audience). */
    public static String idOf(UUID eventId, Audience audience) {
        return eventId + ":" + audience.value();
    }

    /** Where the web app shows a referral. */
    public static String linkOf(String referralId) {
        return "/orientations/" + referralId;
    }

    public boolean unread() {
        return readAt == null;
    }

    /** Reading twice keeps the first reading time. */
    public Notification markedRead(Instant at) {
        return unread()
                ? new Notification(id, eventId, audience, kind, referralId, venueId, title, body, link, createdAt, at)
                : this;
    }
}
