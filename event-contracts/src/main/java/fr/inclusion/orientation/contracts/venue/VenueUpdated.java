package fr.inclusion.orientation.contracts.venue;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** A venue's record changed; carries the full snapshot after the change. */
@JsonTypeName(VenueUpdated.TYPE)
public record VenueUpdated(UUID eventId, Instant occurredAt, String venueId, long version, VenueSnapshot venue)
        implements VenueEvent {

    public static final String TYPE = "VenueUpdated";
}
