package fr.inclusion.orientation.notification.outbound;

import java.time.Instant;
import java.util.Objects;

/**
 * One message to send outside the app, already written: the address, the French subject and bodies.
 *
 * @param id         deterministic, e.g. {@code <eventId>:<userId>:EMAIL}: enqueueing the same id twice sends once
 * @param channel    e-mail or SMS
 * @param address    e-mail address or phone number
 * @param subject    e-mail subject (ignored for SMS)
 * @param text       plain text body (the whole SMS)
 * @param html       HTML body of an e-mail, {@code null} for SMS
 * @param referralId the referral it is about, {@code null} for a digest
 * @param createdAt  when it was decided
 */
public record OutboundMessage(String id, Channel channel, String address, String subject, String text, String html,
        String referralId, Instant createdAt) {

    public OutboundMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
