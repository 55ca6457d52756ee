package fr.inclusion.orientation.venue.venue.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a venue, with the venue as it is afterwards. The store writes the venue and the change
 * in one document write; the change then leaves as an event of the venue stream.
 */
public sealed interface VenueChange {

    UUID eventId();

    Instant occurredAt();

    /** Who made the change (user id from the token, or {@code demo-data}); kept in the store, never in events. */
    String actor();

    Venue venue();

    /** The venue entered the directory. */
    record Registered(UUID eventId, Instant occurredAt, String actor, Venue venue) implements VenueChange {
    }

    /** The venue's record or stops changed. */
    record Updated(UUID eventId, Instant occurredAt, String actor, Venue venue) implements VenueChange {
    }
}
