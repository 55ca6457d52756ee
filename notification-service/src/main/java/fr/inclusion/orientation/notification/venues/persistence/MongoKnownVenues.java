package fr.inclusion.orientation.notification.venues.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import com.mongodb.client.result.UpdateResult;

import fr.inclusion.orientation.notification.venues.domain.KnownVenue;
import fr.inclusion.orientation.notification.venues.domain.KnownVenues;

/**
 * Collection {@code venues}, one document per venue id, written only by venue events:
 * {@code {_id, name, communeCode, courriels[], active, version, lastEventId, receivedAt}}.
 */
@Repository
class MongoKnownVenues implements KnownVenues {

    static final String COLLECTION = "venues";

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoKnownVenues(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Optional<KnownVenue> byId(String venueId) {
        Document d = mongo.findById(venueId, Document.class, COLLECTION);
        if (d == null) {
            return Optional.empty();
        }
        return Optional.of(new KnownVenue(venueId, d.getString("name"), d.getString("communeCode"),
                d.getList("courriels", String.class, List.of()), d.getBoolean("active", true),
                ((Number) d.get("version")).longValue()));
    }

    /**
     * One atomic upsert whose filter only matches an older version: a redelivered or late event either matches
     * nothing and its insert hits the existing id (duplicate key, ignored), or finds no document and creates it.
     */
    @Override
    public boolean storeIfNewer(KnownVenue venue, String eventId) {
        Update update = new Update()
                .set("name", venue.name())
                .set("communeCode", venue.communeCode())
                .set("courriels", venue.courriels())
                .set("active", venue.active())
                .set("version", venue.version())
                .set("lastEventId", eventId)
                .set("receivedAt", Date.from(clock.instant()));
        try {
            UpdateResult result = mongo.upsert(query(where("_id").is(venue.id()).and("version").lt(venue.version())),
                    update, COLLECTION);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException sameOrNewerStored) {
            return false;
        }
    }
}
