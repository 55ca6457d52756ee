package fr.inclusion.orientation.notification.outbound.domain;

import java.time.Instant;

import fr.inclusion.orientation.notification.outbound.OutboundMessage;

/**
 * A stored message and its delivery state.
 *
 * @param message       what to send
 * @param status        where it stands
 * @param attempts      attempts made since it was stored or last replayed
 * @param nextAttemptAt when a pending message may be tried (again)
 * @param lastError     why the last attempt failed, or why it was skipped; French, never personal data
 * @param lastAttemptAt when it was last tried
 * @param sentAt        when the server or provider accepted it
 * @param parkedAt      when it was parked
 */
public record Delivery(OutboundMessage message, DeliveryStatus status, int attempts, Instant nextAttemptAt,
        String lastError, Instant lastAttemptAt, Instant sentAt, Instant parkedAt) {

    public String id() {
        return message.id();
    }
}
