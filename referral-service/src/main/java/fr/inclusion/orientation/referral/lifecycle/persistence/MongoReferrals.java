package fr.inclusion.orientation.referral.lifecycle.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import com.mongodb.client.result.UpdateResult;

import fr.inclusion.orientation.referral.crypto.FieldCipher;
import fr.inclusion.orientation.referral.lifecycle.domain.ConcurrentReferralChangeException;
import fr.inclusion.orientation.referral.lifecycle.domain.Consent;
import fr.inclusion.orientation.referral.lifecycle.domain.Contact;
import fr.inclusion.orientation.referral.lifecycle.domain.ContactChannel;
import fr.inclusion.orientation.referral.lifecycle.domain.IdempotencyKeyTakenException;
import fr.inclusion.orientation.referral.lifecycle.domain.PendingReroute;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralPage;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralSearch;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralStatus;
import fr.inclusion.orientation.referral.lifecycle.domain.Referrals;
import fr.inclusion.orientation.referral.lifecycle.domain.Resident;
import fr.inclusion.orientation.referral.lifecycle.domain.Transition;
import fr.inclusion.orientation.referral.lifecycle.messaging.ReferralEvents;
import fr.inclusion.orientation.referral.lifecycle.persistence.ReferralDocument.ConsentData;
import fr.inclusion.orientation.referral.lifecycle.persistence.ReferralDocument.ResidentData;
import fr.inclusion.orientation.referral.lifecycle.persistence.ReferralDocument.TransitionData;
import fr.inclusion.orientation.referral.territory.CommuneEpciTable;
import fr.inclusion.orientation.support.outbox.MongoOutboxRelay;
import fr.inclusion.orientation.support.outbox.OutboxEntry;
import fr.inclusion.orientation.support.outbox.OutboxSignal;

/**
 * Referrals in MongoDB, one document each, with their pending events in the same document. Every write is a single
 * document operation (the store has no transactions): insert with the first event, or a conditional update that
 * sets the new state and pushes the new events, matched on the version read.
 */
@Repository
public class MongoReferrals implements Referrals, InitializingBean {

    /**
     * The re-routing of a declined or expired referral, written with its mark: {@code newReferralId, newVenueId,
     * actorId, at}, the held {@code events}, and {@code completedAt} once the replacement is stored. Not part of the
     * mapped document, so the referral's own updates never erase it.
     */
    static final String REROUTE = "reroute";

    private final MongoTemplate mongo;
    private final FieldCipher cipher;
    private final OutboxSignal outbox;
    private final CommuneEpciTable epcis;

    public MongoReferrals(MongoTemplate mongo, FieldCipher cipher, OutboxSignal outbox, CommuneEpciTable epcis) {
        this.mongo = mongo;
        this.cipher = cipher;
        this.outbox = outbox;
        this.epcis = epcis;
    }

    /** The unique index is what makes a retried creation safe even when two retries race. */
    @Override
    public void afterPropertiesSet() {
        IndexOperations indexes = mongo.indexOps(ReferralDocument.class);
        indexes.createIndex(new Index().on("createdBy", Sort.Direction.ASC).on("idempotencyKey", Sort.Direction.ASC)
                .unique().named("createdBy_idempotencyKey"));
        indexes.createIndex(new Index().on("communeCode", Sort.Direction.ASC).named("communeCode"));
        indexes.createIndex(new Index().on("venueId", Sort.Direction.ASC).named("venueId"));
        indexes.createIndex(new Index().on(REROUTE + ".at", Sort.Direction.ASC).sparse().named("reroute_at"));
    }

    @Override
    public Optional<Referral> byId(String id) {
        Query query = query(where("_id").is(id));
        query.fields().exclude(MongoOutboxRelay.OUTBOX_FIELD);
        return Optional.ofNullable(mongo.findOne(query, ReferralDocument.class)).map(this::toDomain);
    }

    @Override
    public Optional<Referral> byIdempotencyKey(String secretaryId, String idempotencyKey) {
        Query query = query(where("createdBy").is(secretaryId).and("idempotencyKey").is(idempotencyKey));
        query.fields().exclude(MongoOutboxRelay.OUTBOX_FIELD);
        return Optional.ofNullable(mongo.findOne(query, ReferralDocument.class)).map(this::toDomain);
    }

    @Override
    public void add(Referral referral) {
        try {
            mongo.insert(toDocument(referral, outboxOf(referral)));
        } catch (DuplicateKeyException e) {
            throw new IdempotencyKeyTakenException();
        }
        outbox.pending(referral.id());
    }

    @Override
    public void update(Referral referral) {
        List<OutboxEntry> events = outboxOf(referral, false);
        List<OutboxEntry> held = outboxOf(referral, true);
        if (events.isEmpty() && held.isEmpty() && referral.storedVersion() == referral.version()) {
            return;
        }
        Document fields = new Document();
        mongo.getConverter().write(toDocument(referral, List.of()), fields);
        fields.remove("_id");
        fields.remove("_class");
        // the relay pulls published entries concurrently: push ours, never overwrite the array
        fields.remove(MongoOutboxRelay.OUTBOX_FIELD);
        Update update = new Update();
        fields.forEach(update::set);
        if (!events.isEmpty()) {
            update.push(MongoOutboxRelay.OUTBOX_FIELD).each(events.stream().map(entry -> MongoOutboxRelay.document(mongo, entry)).toArray());
        }
        if (!held.isEmpty()) {
            // the re-routing and its choices, in the same write that marks the referral (see rerouteCompleted)
            Transition link = referral.pendingTransitions().stream().filter(MongoReferrals::isRerouteLink)
                    .findFirst().orElseThrow();
            update.set(REROUTE, new Document("newReferralId", referral.reroutedTo())
                    .append("newVenueId", referral.reroutedToVenueId())
                    .append("actorId", link.actorId())
                    .append("at", java.util.Date.from(link.at()))
                    .append("events", held.stream().map(entry -> MongoOutboxRelay.document(mongo, entry)).toList()));
        }
        UpdateResult result = mongo.updateFirst(
                query(where("_id").is(referral.id()).and("version").is(referral.storedVersion())), update,
                ReferralDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentReferralChangeException(referral.id());
        }
        if (!events.isEmpty()) {
            outbox.pending(referral.id());
        }
    }

    @Override
    public ReferralPage search(ReferralSearch search, int page, int size) {
        if (search.isEmpty()) {
            return ReferralPage.empty();
        }
        List<Criteria> scope = new ArrayList<>();
        if (!search.communes().isEmpty()) {
            scope.add(where("communeCode").in(search.communes()));
        }
        if (search.scopeVenueId() != null) {
            scope.add(where("venueId").is(search.scopeVenueId()));
        }
        List<Criteria> all = new ArrayList<>();
        all.add(new Criteria().orOperator(scope));
        if (search.status() != null) {
            all.add(where("status").is(search.status().code()));
        }
        if (search.venueId() != null) {
            all.add(where("venueId").is(search.venueId()));
        }
        Criteria criteria = new Criteria().andOperator(all);
        long total = mongo.count(query(criteria), ReferralDocument.class);
        Query pageQuery = query(criteria)
                .with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
                .skip((long) page * size)
                .limit(size);
        pageQuery.fields().exclude(MongoOutboxRelay.OUTBOX_FIELD);
        List<Referral> items = mongo.find(pageQuery, ReferralDocument.class).stream().map(this::toDomain).toList();
        return new ReferralPage(items, total);
    }

    @Override
    public Optional<PendingReroute> rerouteOf(String referralId) {
        Query query = query(where("_id").is(referralId).and(REROUTE).exists(true));
        query.fields().include(REROUTE);
        return Optional.ofNullable(mongo.findOne(query, Document.class, ReferralDocument.COLLECTION))
                .map(document -> pendingReroute(referralId, document.get(REROUTE, Document.class)));
    }

    @Override
    public List<PendingReroute> pendingReroutes(Instant recordedBefore, int limit) {
        Query query = query(where(REROUTE + ".at").lte(java.util.Date.from(recordedBefore))
                .and(REROUTE + ".completedAt").exists(false)).limit(limit);
        query.fields().include(REROUTE);
        return mongo.find(query, Document.class, ReferralDocument.COLLECTION).stream()
                .map(document -> pendingReroute(document.get("_id").toString(), document.get(REROUTE, Document.class)))
                .toList();
    }

    @Override
    public void rerouteCompleted(String referralId, Instant at) {
        Query query = query(where("_id").is(referralId).and(REROUTE).exists(true)
                .and(REROUTE + ".completedAt").exists(false));
        query.fields().include(REROUTE);
        Document found = mongo.findOne(query, Document.class, ReferralDocument.COLLECTION);
        if (found == null) {
            return;
        }
        List<Document> held = found.get(REROUTE, Document.class).getList("events", Document.class, List.of());
        Update release = new Update().set(REROUTE + ".completedAt", java.util.Date.from(at));
        if (!held.isEmpty()) {
            release.push(MongoOutboxRelay.OUTBOX_FIELD).each(held.toArray());
        }
        // conditional: of two completions racing, one releases the events
        if (mongo.updateFirst(query, release, ReferralDocument.COLLECTION).getModifiedCount() == 1 && !held.isEmpty()) {
            outbox.pending(referralId);
        }
    }

    private static PendingReroute pendingReroute(String referralId, Document reroute) {
        return new PendingReroute(referralId, reroute.getString("newReferralId"), reroute.getString("newVenueId"),
                reroute.getString("actorId"), reroute.getDate("at").toInstant());
    }

    private static boolean isRerouteLink(Transition transition) {
        return transition.from() != null && transition.from() == transition.to();
    }

    private List<OutboxEntry> outboxOf(Referral referral) {
        return outboxOf(referral, false);
    }

    /** The events of the pending transitions: those held until a replacement exists, or all the others. */
    private List<OutboxEntry> outboxOf(Referral referral, boolean rerouteLinks) {
        return referral.pendingTransitions().stream()
                .filter(transition -> isRerouteLink(transition) == rerouteLinks)
                .flatMap(transition -> ReferralEvents.allOf(referral, transition, epcis).stream())
                .map(OutboxEntry::of)
                .toList();
    }

    private ReferralDocument toDocument(Referral referral, List<OutboxEntry> outbox) {
        String id = referral.id();
        Resident resident = referral.resident();
        Contact contact = resident.contact();
        ResidentData residentData = new ResidentData(
                cipher.seal(resident.firstName(), SealedField.FIRST_NAME.context(id)),
                contact.channel().code(),
                cipher.seal(contact.value(), SealedField.CONTACT_VALUE.context(id)));
        Consent consent = referral.consent();
        return new ReferralDocument(id, referral.version(), referral.createdBy(), referral.idempotencyKey(),
                referral.venueId(), referral.need(), referral.needOverrideReason(), referral.communeCode(),
                residentData, cipher.seal(referral.note(), SealedField.NOTE.context(id)), referral.constraints(),
                referral.deadline() == null ? null : referral.deadline().toString(),
                new ConsentData(consent.wordingVersion(), consent.recordedBy(), consent.recordedAt()),
                referral.status().code(),
                referral.history().stream().map(MongoReferrals::toData).toList(),
                referral.reroutedFrom(), referral.createdAt(), referral.updatedAt(), outbox,
                cipher.seal(referral.declineMessage(), SealedField.DECLINE_MESSAGE.context(id)),
                cipher.seal(referral.closingNote(), SealedField.CLOSING_NOTE.context(id)), referral.reroutedTo(),
                referral.dueAt(), referral.remindAt(), cipher.seal(referral.cancelReason(), SealedField.CANCEL_REASON.context(id)));
    }

    private Referral toDomain(ReferralDocument document) {
        String id = document.id();
        ResidentData data = document.resident();
        Resident resident = new Resident(
                cipher.open(data.firstName(), SealedField.FIRST_NAME.context(id)),
                new Contact(ContactChannel.fromCode(data.contactChannel()).orElseThrow(),
                        cipher.open(data.contactValue(), SealedField.CONTACT_VALUE.context(id))),
                document.communeCode());
        ConsentData consent = document.consent();
        return Referral.restore(id, document.createdBy(), document.idempotencyKey(), document.venueId(),
                document.need(), document.needOverrideReason(), resident, document.constraints(),
                cipher.open(document.note(), SealedField.NOTE.context(id)),
                document.deadline() == null ? null : LocalDate.parse(document.deadline()),
                new Consent(consent.wordingVersion(), consent.recordedBy(), consent.recordedAt()),
                document.createdAt(), document.reroutedFrom(), status(document.status()),
                document.history().stream().map(MongoReferrals::toDomain).toList(), document.version())
                .restoreLifecycle(cipher.open(document.declineMessage(), SealedField.DECLINE_MESSAGE.context(id)),
                        cipher.open(document.closingNote(), SealedField.CLOSING_NOTE.context(id)), document.reroutedTo())
                .answerDue(document.dueAt(), document.remindAt())
                .restoreCancelReason(cipher.open(document.cancelReason(), SealedField.CANCEL_REASON.context(id)));
    }

    private static TransitionData toData(Transition transition) {
        return new TransitionData(transition.from() == null ? null : transition.from().code(),
                transition.to().code(), transition.actorId(), transition.at(), transition.reason(),
                transition.version());
    }

    private static Transition toDomain(TransitionData data) {
        return new Transition(data.from() == null ? null : status(data.from()), status(data.to()), data.actorId(),
                data.at(), data.reason(), data.version());
    }

    private static ReferralStatus status(String code) {
        return ReferralStatus.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("Unknown stored referral status " + code));
    }
}
