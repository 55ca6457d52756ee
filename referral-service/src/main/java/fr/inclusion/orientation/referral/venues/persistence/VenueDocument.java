package fr.inclusion.orientation.referral.venues.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import fr.inclusion.orientation.contracts.venue.VenueSnapshot;

/**
 * A venue of the read model: the full snapshot of the last venue event applied (later features read more of it
 * than creation does) and the version that guards against older events.
 */
@Document(VenueDocument.COLLECTION)
record VenueDocument(@Id String id, long version, String lastEventId, Instant receivedAt, VenueSnapshot venue) {

    static final String COLLECTION = "venues";
}
