package fr.inclusion.orientation.notification.inbox.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A notification kept for someone's daily digest instead of being sent at once.
 *
 * @param id           {@code <eventId>:<recipient>}: the same event kept twice for the same person is kept once
 * @param recipient    the user id (or, for a venue's own mailbox, its address): one digest per recipient and day
 * @param email        where the digest goes, as the directory knew it when the notification came
 * @param displayName  for the greeting, {@code null} when unknown
 * @param rememberedAt when it was kept: a digest lists what was kept before its day began
 */
public record DigestEntry(String id, String recipient, String email, String displayName, Notification notification,
        Instant rememberedAt) {

    public DigestEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(rememberedAt, "rememberedAt");
    }

    public static String idOf(Notification notification, String recipient) {
        return notification.eventId() + ":" + recipient;
    }
}
