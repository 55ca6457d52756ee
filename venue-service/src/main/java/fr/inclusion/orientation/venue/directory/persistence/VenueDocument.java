package fr.inclusion.orientation.venue.directory.persistence;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import fr.inclusion.orientation.support.outbox.OutboxEntry;
import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueChange;
import fr.inclusion.orientation.venue.directory.domain.VenueDetails;
import fr.inclusion.orientation.venue.directory.domain.VenueHistoryEntry;

/**
 * A venue as stored. {@code version} is primitive on purpose: Spring Data initialises a primitive version to 1 on
 * insert, which is the domain's version of a newly registered venue, so the two never drift apart.
 *
 * @param searchText name, commune and address folded (lower case, no accents) for the listing's text filter
 * @param sortName   folded name, the listing's order
 * @param communeKey folded commune name, for filtering by name rather than INSEE code
 * @param changedBy  who made the last change (user id or {@code demo-data}); the store keeps it, events do not
 * @param outbox     events of this venue not yet published, see {@code MongoOutboxRelay}
 * @param weeklyCapacity referrals a week the venue says it can take, {@code null} when not said
 * @param answerDelayDays working days within which the venue answers a referral, {@code null} when not said
 * @param history    the last {@value VenueHistoryEntry#KEPT} changes, oldest first ({@code $push} with {@code $slice})
 */
@Document(VenueDocument.COLLECTION)
public record VenueDocument(
        @Id String id,
        @Version long version,
        VenueDetails venue,
        List<MobileStop> stops,
        boolean intakePaused,
        boolean active,
        String searchText,
        String sortName,
        String communeKey,
        Instant changedAt,
        String changedBy,
        List<OutboxEntry> outbox,
        Integer weeklyCapacity,
        List<VenueHistoryEntry> history,
        Integer answerDelayDays) {

    public static final String COLLECTION = "venues";

    static VenueDocument registered(VenueChange.Registered change, OutboxEntry event) {
        Venue venue = change.venue();
        VenueDetails details = venue.details();
        return new VenueDocument(venue.id(), 0, details, venue.stops(), venue.intakePaused(), venue.active(),
                searchText(details), fold(details.nom()), fold(details.commune()), change.occurredAt(),
                change.actor(), new ArrayList<>(List.of(event)), venue.weeklyCapacity(),
                new ArrayList<>(List.of(VenueHistoryEntry.of(change))), venue.answerDelayDays());
    }

    Venue toDomain() {
        return Venue.restore(id, venue, stops, intakePaused, active, version, weeklyCapacity, answerDelayDays);
    }

    static String searchText(VenueDetails details) {
        return fold(String.join(" ", details.nom(), details.commune(), details.adresse()));
    }

    /** Lower case without accents or repeated spaces: "Médiathèque  de Revigny" → "mediatheque de revigny". */
    static String fold(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
