package fr.inclusion.orientation.contracts.venue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import fr.inclusion.orientation.contracts.DomainEvent;

/** The venue stream, topic {@link fr.inclusion.orientation.contracts.Topics#VENUE_EVENTS}, keyed by venue id. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(VenueRegistered.class),
        @JsonSubTypes.Type(VenueUpdated.class),
        @JsonSubTypes.Type(VenueWithdrawn.class),
        @JsonSubTypes.Type(VenueAvailabilityChanged.class)
})
public sealed interface VenueEvent extends DomainEvent
        permits VenueRegistered, VenueUpdated, VenueWithdrawn, VenueAvailabilityChanged {

    String venueId();

    /** The venue as it is after the event (full snapshot, so consumers never need to call venue-service). */
    VenueSnapshot venue();

    @Override
    default String aggregateId() {
        return venueId();
    }
}
