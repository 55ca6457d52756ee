package fr.inclusion.orientation.notification.outbound.application;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.inclusion.orientation.notification.outbound.OutboundDispatch;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.outbound.domain.Delivery;
import fr.inclusion.orientation.notification.outbound.domain.DeliveryStatus;
import fr.inclusion.orientation.notification.outbound.domain.ErrorTexts;
import fr.inclusion.orientation.notification.outbound.domain.NotReplayableException;
import fr.inclusion.orientation.notification.outbound.domain.OutboundMessageNotFoundException;
import fr.inclusion.orientation.notification.outbound.domain.OutboundMessages;
import fr.inclusion.orientation.support.page.Page;

/**
 * The queue of outbound messages in the store, each entry followed by a nudge to the sender: {@link OutboundDispatch}
 * (one insert, a repeated id is ignored), and what an operator does with messages that kept failing (list them,
 * replay one once the cause is fixed).
 */
public class OutboundQueue implements OutboundDispatch {

    private static final Logger log = LoggerFactory.getLogger(OutboundQueue.class);

    private final OutboundMessages messages;
    private final SendingSignal signal;
    private final Clock clock;

    public OutboundQueue(OutboundMessages messages, SendingSignal signal, Clock clock) {
        this.messages = messages;
        this.signal = signal;
        this.clock = clock;
    }

    @Override
    public void enqueue(OutboundMessage message) {
        if (messages.add(message, clock.instant())) {
            signal.wake(message.id());
        } else {
            log.debug("Outbound message {} already stored", ErrorTexts.redact(message.id()));
        }
    }

    /** The messages that kept failing. */
    public Page<Delivery> parked(int page, int size) {
        return messages.parked(page, size);
    }

    /**
     * Back to pending with its attempts reset. Replaying a message already back in the queue changes nothing;
     * a message sent or skipped cannot be replayed.
     */
    public Delivery replay(String id, String operatorId) {
        Optional<Delivery> replayed = messages.replay(id, clock.instant());
        if (replayed.isPresent()) {
            signal.wake(id);
            log.info("Outbound message {} replayed by {}", ErrorTexts.redact(id), operatorId);
            return replayed.get();
        }
        Delivery current = messages.find(id).orElseThrow(() -> new OutboundMessageNotFoundException(id));
        if (current.status() == DeliveryStatus.PENDING) {
            return current;
        }
        throw new NotReplayableException(id, current.status());
    }
}
