package fr.inclusion.orientation.support.outbox;

import java.time.Instant;

import fr.inclusion.orientation.contracts.DomainEvent;
import fr.inclusion.orientation.contracts.EventCodec;

/**
 * An event waiting inside its aggregate's document to be published. The aggregate and its pending events are
 * written in one single-document update, so a change is never stored without its event, nor the reverse.
 *
 * @param key     the Kafka record key: the aggregate id, so events of one aggregate stay in order
 * @param payload the event as it goes on the wire (JSON with its {@code type})
 */
public record OutboxEntry(String eventId, String type, String key, String payload, Instant createdAt) {

    public static OutboxEntry of(DomainEvent event) {
        return new OutboxEntry(event.eventId().toString(), event.type(), event.aggregateId(),
                EventCodec.writeString(event), event.occurredAt());
    }
}
