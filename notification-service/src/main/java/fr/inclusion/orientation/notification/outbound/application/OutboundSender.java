package fr.inclusion.orientation.notification.outbound.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.outbound.domain.ChannelSender;
import fr.inclusion.orientation.notification.outbound.domain.Delivery;
import fr.inclusion.orientation.notification.outbound.domain.ErrorTexts;
import fr.inclusion.orientation.notification.outbound.domain.OutboundMessages;
import fr.inclusion.orientation.notification.outbound.domain.RetryPolicy;
import fr.inclusion.orientation.notification.outbound.domain.SendFailureException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends the due messages of the store, one claimed message at a time. A claim (one findAndModify) reserves a
 * message for this worker; only the claim holder may mark it sent, retry it later or park it. So two instances
 * never send the same message twice, as long as one send takes less than the claim timeout. A crash between the
 * server's acceptance and the {@code sent} mark sends the message again once the claim expires: at-least-once in
 * that case only, which is what any mail queue offers.
 */
public class OutboundSender {

    private static final Logger log = LoggerFactory.getLogger(OutboundSender.class);

    private final OutboundMessages messages;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final RetryPolicy policy;
    private final Clock clock;
    private final String worker;
    private final Duration claimFor;
    private final MeterRegistry meters;
    private volatile java.util.function.BiConsumer<String, Instant> retries = (id, at) -> { };

    public OutboundSender(OutboundMessages messages, List<ChannelSender> senders, RetryPolicy policy, Clock clock,
            String worker, Duration claimFor, MeterRegistry meters) {
        this.messages = messages;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.policy = policy;
        this.clock = clock;
        this.worker = worker;
        this.claimFor = claimFor;
        this.meters = meters;
    }

    public String worker() {
        return worker;
    }

    /** Told the id and time of each retry this sender schedules (the sending loop wakes up for it). */
    void onRetry(java.util.function.BiConsumer<String, Instant> retries) {
        this.retries = retries;
    }

    /**
     * Claims and tries these messages by id, those still pending and due (a message another worker holds, or one
     * already sent, is left alone); returns how many were tried.
     */
    public int sendSignalled(List<String> ids) {
        int tried = 0;
        for (String id : ids) {
            Optional<Delivery> claimed = messages.claim(id, worker, clock.instant(), claimFor);
            if (claimed.isPresent()) {
                attempt(claimed.get());
                tried++;
            }
        }
        return tried;
    }

    /** Claims and tries up to {@code max} due messages; returns how many were tried. */
    public int sendDue(int max) {
        int tried = 0;
        while (tried < max) {
            Optional<Delivery> claimed = messages.claimNext(worker, clock.instant(), claimFor);
            if (claimed.isEmpty()) {
                break;
            }
            attempt(claimed.get());
            tried++;
        }
        return tried;
    }

    private void attempt(Delivery delivery) {
        OutboundMessage message = delivery.message();
        // ids may hold a venue's public address: never log them as they are
        String loggedId = ErrorTexts.redact(message.id());
        ChannelSender sender = senders.get(message.channel());
        if (sender == null || !sender.enabled()) {
            String reason = sender == null ? "Canal " + message.channel() + " non configuré" : sender.disabledReason();
            messages.skip(message.id(), worker, reason, clock.instant());
            count(message.channel(), "skipped");
            log.info("Outbound {} {} skipped: {}", message.channel(), loggedId, reason);
            return;
        }
        int attempt = delivery.attempts() + 1;
        SendFailureException failure;
        try {
            sender.send(message);
            if (messages.markSent(message.id(), worker, attempt, clock.instant())) {
                count(message.channel(), "sent");
                log.info("Outbound {} {} sent (attempt {})", message.channel(), loggedId, attempt);
            } else {
                log.warn("Outbound {} {} sent but its claim had expired: raise notification.outbound.sender"
                        + ".claim-timeout above the longest send", message.channel(), loggedId);
            }
            return;
        } catch (SendFailureException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = SendFailureException.transientFailure("Erreur inattendue (" + e.getClass().getSimpleName() + ")", e);
        }
        Instant now = clock.instant();
        Optional<Instant> next = failure.permanent() ? Optional.empty() : policy.nextAttempt(attempt, now);
        if (next.isPresent()) {
            if (messages.retryLater(message.id(), worker, attempt, next.get(), failure.reason(), now)) {
                retries.accept(message.id(), next.get());
            }
            count(message.channel(), "retried");
            log.warn("Outbound {} {} failed (attempt {}/{}): {}; next attempt at {}", message.channel(), loggedId,
                    attempt, policy.maxAttempts(), failure.reason(), next.get());
        } else {
            messages.park(message.id(), worker, attempt, failure.reason(), now);
            count(message.channel(), "parked");
            log.warn("Outbound {} {} parked after attempt {}: {}", message.channel(), loggedId, attempt,
                    failure.reason());
        }
    }

    private void count(Channel channel, String outcome) {
        Counter.builder("notification.outbound.messages")
                .description("Outbound message attempts by outcome")
                .tag("channel", channel.name().toLowerCase(java.util.Locale.ROOT))
                .tag("outcome", outcome)
                .register(meters)
                .increment();
    }
}
