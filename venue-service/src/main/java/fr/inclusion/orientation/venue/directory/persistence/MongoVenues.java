package fr.inclusion.orientation.venue.directory.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.result.UpdateResult;

import fr.inclusion.orientation.support.outbox.MongoOutboxRelay;
import fr.inclusion.orientation.support.outbox.OutboxEntry;
import fr.inclusion.orientation.support.outbox.OutboxSignal;
import fr.inclusion.orientation.venue.directory.domain.ConcurrentVenueChangeException;
import fr.inclusion.orientation.reference.standard.NationalStandard;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueAlreadyExistsException;
import fr.inclusion.orientation.venue.directory.domain.VenueChange;
import fr.inclusion.orientation.venue.directory.domain.VenueDetails;
import fr.inclusion.orientation.venue.directory.domain.VenueFilter;
import fr.inclusion.orientation.venue.directory.domain.VenueHistoryEntry;
import fr.inclusion.orientation.venue.directory.domain.VenuePage;
import fr.inclusion.orientation.venue.directory.domain.VenueStored;
import fr.inclusion.orientation.venue.directory.domain.Venues;
import fr.inclusion.orientation.venue.directory.messaging.VenueEvents;

/**
 * The directory in MongoDB. Each change is one single-document write carrying the venue and its event, because
 * the store may not offer multi-document transactions (mongo-java-server here). An update is an {@code $set} of the
 * venue plus a {@code $push} of its event guarded by the version it followed, never a read-modify-replace: the
 * outbox relay {@code $pull}s published events concurrently and a replace would bring them back.
 */
@Repository
class MongoVenues implements Venues {

    private static final String HISTORY_FIELD = "history";
    private static final int PAGE_SIZE = 500;

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher publisher;
    private final OutboxSignal outbox;

    MongoVenues(MongoTemplate mongo, ApplicationEventPublisher publisher, OutboxSignal outbox) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.outbox = outbox;
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
        outbox.pending(change.venue().id());
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
                .set("answerDelayDays", venue.answerDelayDays())
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
        pages(where("active").is(true)).forEach(action);
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

    @Override
    public Map<String, Venue> byIds(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // a query on _id alone is answered from the _id index, even with $in
        return mongo.find(query(where("id").in(ids)), VenueDocument.class).stream()
                .map(VenueDocument::toDomain)
                .collect(Collectors.toMap(Venue::id, Function.identity()));
    }

    /**
     * One ordered insertMany per run of new venues: the store stops at the first id already taken and says at which
     * position, so the venues before it are in, that one is reported, and the rest is sent again.
     */
    @Override
    public Set<String> registerAll(List<VenueChange.Registered> registrations) {
        Set<String> alreadyRegistered = new HashSet<>();
        List<VenueChange.Registered> pending = registrations;
        while (!pending.isEmpty()) {
            List<VenueDocument> documents = pending.stream()
                    .map(registered -> VenueDocument.registered(registered,
                            OutboxEntry.of(VenueEvents.of(registered))))
                    .toList();
            try {
                mongo.insert(documents, VenueDocument.class);
                stored(pending);
                return alreadyRegistered;
            } catch (DuplicateKeyException e) {
                int failed = failedPosition(e);
                if (failed < 0 || failed >= pending.size()) {
                    throw e;
                }
                // the insert is ordered: those before the duplicate are stored
                stored(pending.subList(0, failed));
                alreadyRegistered.add(pending.get(failed).venue().id());
                pending = pending.subList(failed + 1, pending.size());
            }
        }
        return alreadyRegistered;
    }

    /** In-memory views (the search index) follow what the store holds, bulk registrations included. */
    private void stored(List<VenueChange.Registered> registrations) {
        outbox.pending(registrations.stream().map(registered -> registered.venue().id()).toList());
        registrations.forEach(registered -> publisher.publishEvent(new VenueStored(registered.venue())));
    }

    private static int failedPosition(DuplicateKeyException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MongoBulkWriteException bulk && !bulk.getWriteErrors().isEmpty()) {
                return bulk.getWriteErrors().getFirst().getIndex();
            }
        }
        return -1;
    }

    @Override
    public Stream<Venue> listedInDepartement(String departement) {
        Criteria criteria = where("active").is(true);
        if (departement != null) {
            // Corsica's départements 2A and 2B share the postal codes 20xxx
            String postal = departement.matches("2[ABab]") ? "20" : departement;
            criteria = new Criteria().andOperator(criteria, new Criteria().orOperator(
                    where("venue.codeInsee").regex("^" + Pattern.quote(departement)),
                    new Criteria().andOperator(where("venue.codeInsee").is(null),
                            where("venue.codePostal").regex("^" + Pattern.quote(postal)))));
        }
        return pages(criteria);
    }

    /**
     * Venues matching the criteria in id order, read a page at a time by id: mongo-java-server answers a cursor with
     * one reply however large (over 48 MB, and the driver refuses it, from some 25,000 venues with their history),
     * so the whole directory is never read in one query. Outbox and history are left out: readers here need neither.
     */
    private Stream<Venue> pages(Criteria criteria) {
        Iterator<Venue> venues = new Iterator<>() {
            private List<VenueDocument> page = List.of();
            private int next;
            private String after;
            private boolean last;

            @Override
            public boolean hasNext() {
                if (next < page.size()) {
                    return true;
                }
                if (last) {
                    return false;
                }
                Query query = new Query(after == null ? criteria
                        : new Criteria().andOperator(criteria, where("id").gt(after)))
                        .with(Sort.by(Sort.Direction.ASC, "id")).limit(PAGE_SIZE);
                query.fields().exclude(MongoOutboxRelay.OUTBOX_FIELD, HISTORY_FIELD);
                page = mongo.find(query, VenueDocument.class);
                next = 0;
                last = page.size() < PAGE_SIZE;
                if (!page.isEmpty()) {
                    after = page.getLast().id();
                }
                return !page.isEmpty();
            }

            @Override
            public Venue next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++).toDomain();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(venues, Spliterator.ORDERED), false);
    }
}
