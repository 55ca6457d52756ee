package fr.inclusion.orientation.referral.venues.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import com.mongodb.client.result.UpdateResult;

import fr.inclusion.orientation.contracts.venue.VenueSnapshot;
import fr.inclusion.orientation.referral.venues.domain.KnownVenue;
import fr.inclusion.orientation.referral.venues.domain.KnownVenues;

/** The {@code venues} collection, one document per venue id, written only by venue events. */
@Repository
public class MongoVenueReadModel implements KnownVenues {

    private final MongoTemplate mongo;
    private final Clock clock;

    public MongoVenueReadModel(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Optional<KnownVenue> byId(String venueId) {
        return Optional.ofNullable(mongo.findById(venueId, VenueDocument.class)).map(MongoVenueReadModel::known);
    }

    /**
     * Stores the snapshot unless the stored one comes from the same or a newer event, in one atomic upsert: the
     * filter only matches an older version, so a redelivered or late event either matches nothing and the insert
     * hits the existing id (duplicate key, ignored) or finds no document and creates it.
     *
     * @return whether the snapshot was stored
     */
    public boolean upsertIfNewer(VenueSnapshot snapshot, long version, String eventId) {
        String id = snapshot.id();
        Document fields = new Document();
        mongo.getConverter().write(new VenueDocument(id, version, eventId, clock.instant(), snapshot), fields);
        fields.remove("_id");
        fields.remove("_class");
        Update update = new Update();
        fields.forEach(update::set);
        try {
            UpdateResult result = mongo.upsert(query(where("_id").is(id).and("version").lt(version)), update,
                    VenueDocument.class);
            return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException stale) {
            return false;
        }
    }

    private static KnownVenue known(VenueDocument document) {
        VenueSnapshot venue = document.venue();
        return new KnownVenue(document.id(), venue.nom(), venue.codeInsee(), venue.services(), venue.intakePaused(),
                venue.active(), document.version(), venue.weeklyCapacity(), venue.answerDelayDays());
    }
}
