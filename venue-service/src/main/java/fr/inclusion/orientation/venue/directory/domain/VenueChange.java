package fr.inclusion.orientation.venue.directory.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Something that happened to a venue, with the venue as it is afterwards. The store writes the venue and the change
 * in one document write; the change then leaves as an event of the venue stream, and stays in the venue's history.
 */
public sealed interface VenueChange {

    UUID eventId();

    Instant occurredAt();

    /** Who made the change (user id from the token, or {@code demo-data}); kept in the store, never in events. */
    String actor();

    Venue venue();

    /** The kind of change as the history names it. */
    default String kind() {
        return switch (this) {
            case Registered r -> "registered";
            case Updated u -> "updated";
            case Withdrawn w -> "withdrawn";
            case AvailabilityChanged a -> "availability_changed";
        };
    }

    /**
     * The fields the change touched, see {@link ChangedFields}: none for a registration, {@code active} for a
     * withdrawal, those an update or an availability change lists.
     */
    List<String> changedFields();

    /** The venue entered the directory. */
    record Registered(UUID eventId, Instant occurredAt, String actor, Venue venue) implements VenueChange {

        @Override
        public List<String> changedFields() {
            return List.of();
        }
    }

    /**
     * The venue's record or stops changed.
     *
     * @param proposal the approved proposal the update applies, or {@code null} for a direct edit
     */
    record Updated(UUID eventId, Instant occurredAt, String actor, Venue venue, List<String> changedFields,
            ApprovedProposal proposal) implements VenueChange {

        public Updated {
            changedFields = List.copyOf(changedFields);
        }
    }

    /** The venue left the directory: no longer listed, takes no referrals. */
    record Withdrawn(UUID eventId, Instant occurredAt, String actor, Venue venue) implements VenueChange {

        @Override
        public List<String> changedFields() {
            return List.of(ChangedFields.ACTIVE);
        }
    }

    /** The venue paused or resumed its intake of referrals, or changed its weekly capacity. */
    record AvailabilityChanged(UUID eventId, Instant occurredAt, String actor, Venue venue,
            List<String> changedFields) implements VenueChange {

        public AvailabilityChanged {
            changedFields = List.copyOf(changedFields);
        }
    }
}
