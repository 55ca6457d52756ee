package fr.inclusion.orientation.contracts;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;

/** What every event carries: a unique id (consumers deduplicate on it), when it happened, its aggregate and version. */
public interface DomainEvent {

    UUID eventId();

    Instant occurredAt();

    /** Id of the aggregate the event belongs to; also the Kafka record key. */
    @JsonIgnore
    String aggregateId();

    /** Version of the aggregate after this event. */
    long version();

    /** Wire type, the value of the {@code type} property: the event's {@code @JsonTypeName}, said once there. */
    @JsonIgnore
    default String type() {
        return getClass().getAnnotation(JsonTypeName.class).value();
    }
}
