package fr.inclusion.orientation.venue.venue.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import com.mongodb.client.result.UpdateResult;

import fr.inclusion.orientation.support.outbox.MongoOutboxRelay;
import fr.inclusion.orientation.support.outbox.OutboxEntry;
import fr.inclusion.orientation.venue.venue.domain.ConcurrentVenueChangeException;
import fr.inclusion.orientation.venue.venue.domain.NationalStandard;
import fr.inclusion.orientation.venue.venue.domain.Venue;
import fr.inclusion.orientation.venue.venue.domain.VenueAlreadyExistsException;
import fr.inclusion.orientation.venue.venue.domain.VenueChange;
import fr.inclusion.orientation.venue.venue.domain.VenueDetails;
import fr.inclusion.orientation.venue.venue.domain.VenueFilter;
import fr.inclusion.orientation.venue.venue.domain.VenueHistoryEntry;
import fr.inclusion.orientation.venue.venue.domain.VenuePage;
import fr.inclusion.orientation.venue.venue.domain.VenueStored;
import fr.inclusion.orientation.venue.venue.domain.Venues;
import fr.inclusion.orientation.venue.venue.messaging.VenueEvents;

/**
 * The directory in MongoDB. Each change is one single-document write carrying the venue and its event, because
 * the store may not offer multi-document transactions (mongo-java-server here). An update is an {@code $set} of the
 * venue plus a {@code $push} of its event guarded by the version it followed, never a read-modify-replace: the
 * outbox relay {@code $pull}s published events concurrently and a replace would bring them back.
 */
@Repository
class MongoVenues implements Venues {

    private static final String HISTORY_FIELD = "history";

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher publisher;

    MongoVenues(MongoTemplate mongo, ApplicationEventPublisher publisher) {
        this.mongo = mongo;
        this.publisher = publisher;
    }

    @Override
    public Optional<Venue> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, VenueDocument.class)).map(VenueDocument::toDomain);
    }

    @Override
    public boolean exists(String id) {
        return mongo.exists(query(where("id").is(id)), VenueDocument.class);
    }

    @Override
    public void record(VenueChange change) {
        OutboxEntry event = OutboxEntry.of(VenueEvents.of(change));
        switch (change) {
            case VenueChange.Registered registered -> insert(registered, event);
            case VenueChange.Updated updated -> update(updated, event);
            case VenueChange.Withdrawn withdrawn -> update(withdrawn, event);
            case VenueChange.AvailabilityChanged availability -> update(availability, event);
        }
        // only once stored: in-memory views (the search index) follow what the store holds
        publisher.publishEvent(new VenueStored(change.venue()));
    }

    private void insert(VenueChange.Registered registered, OutboxEntry event) {
        try {
            mongo.insert(VenueDocument.registered(registered, event));
        } catch (DuplicateKeyException e) {
            throw new VenueAlreadyExistsException(registered.venue().id());
        }
    }

    private void update(VenueChange change, OutboxEntry event) {
        Venue venue = change.venue();
        VenueDetails details = venue.details();
        long previous = venue.version() - 1;
        Update update = new Update()
                .set("version", venue.version())
                .set("venue", details)
                .set("stops", venue.stops())
                .set("intakePaused", venue.intakePaused())
                .set("active", venue.active())
                .set("searchText", VenueDocument.searchText(details))
                .set("sortName", VenueDocument.fold(details.nom()))
                .set("communeKey", VenueDocument.fold(details.commune()))
                .set("changedAt", change.occurredAt())
                .set("changedBy", change.actor())
                .set("weeklyCapacity", venue.weeklyCapacity())
                .push(MongoOutboxRelay.OUTBOX_FIELD, event);
        update.push(HISTORY_FIELD).slice(-VenueHistoryEntry.KEPT).each(VenueHistoryEntry.of(change));
        UpdateResult result = mongo.updateFirst(query(where("id").is(venue.id()).and("version").is(previous)),
                update, VenueDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentVenueChangeException(venue.id(), previous);
        }
    }

    @Override
    public Optional<List<VenueHistoryEntry>> history(String id) {
        // a raw document, so that reading the history does not map the whole venue
        Query venue = query(where("_id").is(id));
        venue.fields().include(HISTORY_FIELD);
        Document stored = mongo.findOne(venue, Document.class, VenueDocument.COLLECTION);
        if (stored == null) {
            return Optional.empty();
        }
        List<VenueHistoryEntry> history = new ArrayList<>();
        for (Document entry : stored.getList(HISTORY_FIELD, Document.class, List.of())) {
            history.add(mongo.getConverter().read(VenueHistoryEntry.class, entry));
        }
        return Optional.of(history.reversed());
    }

    @Override
    public void forEachActive(Consumer<Venue> action) {
        try (var documents = mongo.stream(query(where("active").is(true)), VenueDocument.class)) {
            documents.map(VenueDocument::toDomain).forEach(action);
        }
    }

    @Override
    public VenuePage find(VenueFilter filter, int page, int size) {
        Criteria criteria = criteria(filter);
        long total = mongo.count(new Query(criteria), VenueDocument.class);
        Query pageQuery = new Query(criteria)
                .with(Sort.by(Sort.Direction.ASC, "sortName", "id"))
                .skip((long) page * size)
                .limit(size);
        List<Venue> items = mongo.find(pageQuery, VenueDocument.class).stream().map(VenueDocument::toDomain).toList();
        return new VenuePage(items, total);
    }

    private static Criteria criteria(VenueFilter filter) {
        List<Criteria> all = new ArrayList<>();
        all.add(where("active").is(true));
        if (filter.service() != null) {
            all.add(where("venue.services").is(filter.service()));
        }
        if (filter.commune() != null) {
            if (NationalStandard.CODE_INSEE.matcher(filter.commune()).matches()) {
                // a mobile venue serves the communes where it stops as much as its home commune
                all.add(new Criteria().orOperator(where("venue.codeInsee").is(filter.commune()),
                        where("stops.commune").is(filter.commune())));
            } else {
                all.add(where("communeKey").is(VenueDocument.fold(filter.commune())));
            }
        }
        if (filter.text() != null) {
            for (String word : VenueDocument.fold(filter.text()).split(" ")) {
                all.add(where("searchText").regex(Pattern.quote(word)));
            }
        }
        return new Criteria().andOperator(all);
    }
}
