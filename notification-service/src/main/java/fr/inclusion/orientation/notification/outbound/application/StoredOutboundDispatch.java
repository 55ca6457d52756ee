package fr.inclusion.orientation.notification.outbound.application;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.inclusion.orientation.notification.outbound.OutboundDispatch;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.outbound.domain.ErrorTexts;
import fr.inclusion.orientation.notification.outbound.domain.OutboundMessages;

/** {@link OutboundDispatch} over the store: one insert (a repeated id is ignored), then a nudge to the sender. */
public class StoredOutboundDispatch implements OutboundDispatch {

    private static final Logger log = LoggerFactory.getLogger(StoredOutboundDispatch.class);

    private final OutboundMessages messages;
    private final SendingSignal signal;
    private final Clock clock;

    public StoredOutboundDispatch(OutboundMessages messages, SendingSignal signal, Clock clock) {
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
}
