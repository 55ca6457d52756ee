package fr.inclusion.orientation.contracts.venue;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * A venue left the directory (retiré de l'annuaire): it takes no more referrals and no longer appears in listings
 * or search. The snapshot is the venue as it was last known, with {@code active = false}.
 */
@JsonTypeName(VenueWithdrawn.TYPE)
public record VenueWithdrawn(UUID eventId, Instant occurredAt, String venueId, long version, VenueSnapshot venue)
        implements VenueEvent {

    public static final String TYPE = "VenueWithdrawn";
}
