package fr.inclusion.orientation.contracts.venue;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** A venue (lieu d'inclusion numérique) entered the directory. */
@JsonTypeName(VenueRegistered.TYPE)
public record VenueRegistered(UUID eventId, Instant occurredAt, String venueId, long version, VenueSnapshot venue)
        implements VenueEvent {

    public static final String TYPE = "VenueRegistered";
}
