package fr.inclusion.orientation.notification.outbound.web;

import java.time.Instant;
import java.util.Locale;

import fr.inclusion.orientation.notification.outbound.domain.Delivery;
import fr.inclusion.orientation.notification.outbound.domain.ErrorTexts;

/**
 * A stored message as an operator sees it: what it is about and why it failed, the recipient masked, never its
 * text.
 */
record OutboundMessageView(String id, String channel, String recipient, String subject, String referralId,
        String status, int attempts, String lastError, Instant createdAt, Instant lastAttemptAt, Instant parkedAt,
        Instant nextAttemptAt, Instant sentAt) {

    static OutboundMessageView of(Delivery d) {
        return new OutboundMessageView(d.id(), d.message().channel().name().toLowerCase(Locale.ROOT),
                ErrorTexts.mask(d.message().address()), d.message().subject(), d.message().referralId(),
                d.status().code(), d.attempts(), d.lastError(), d.message().createdAt(), d.lastAttemptAt(),
                d.parkedAt(), d.nextAttemptAt(), d.sentAt());
    }
}
