package fr.inclusion.orientation.contracts.venue;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A venue paused or resumed its intake of new referrals, or changed its weekly capacity or its answer delay; the
 * snapshot carries {@code intakePaused}, {@code weeklyCapacity} and {@code answerDelayDays} as they are now (with the
 * rest of the record, unchanged).
 */
@JsonTypeName(VenueAvailabilityChanged.TYPE)
public record VenueAvailabilityChanged(UUID eventId, Instant occurredAt, String venueId, long version,
        VenueSnapshot venue) implements VenueEvent {

    public static final String TYPE = "VenueAvailabilityChanged";
}
