package fr.inclusion.orientation.notification.outbound.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.outbound.domain.Delivery;
import fr.inclusion.orientation.notification.outbound.domain.DeliveryStatus;
import fr.inclusion.orientation.notification.outbound.domain.OutboundMessages;
import fr.inclusion.orientation.support.page.Page;

/**
 * The {@code outbound_messages} collection: one document per message id ({@code _id}), its content and its
 * delivery state. Every transition is a single-document update, conditional on the status and, after a claim, on
 * the claim holder.
 */
@Repository
class MongoOutboundMessages implements OutboundMessages {

    static final String COLLECTION = "outbound_messages";

    private static final String PENDING = DeliveryStatus.PENDING.code();

    private final MongoTemplate mongo;

    MongoOutboundMessages(MongoTemplate mongo) {
        this.mongo = mongo;
        // what the sender claims: pending and due, earliest first; what operators list: parked, latest first
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("nextAttemptAt", Sort.Direction.ASC).named("status_nextAttemptAt"));
        mongo.indexOps(COLLECTION).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("parkedAt", Sort.Direction.DESC).named("status_parkedAt"));
    }

    @Override
    public boolean add(OutboundMessage message, Instant now) {
        Document document = new Document("_id", message.id())
                .append("channel", message.channel().name())
                .append("address", message.address())
                .append("subject", message.subject())
                .append("text", message.text())
                .append("html", message.html())
                .append("referralId", message.referralId())
                .append("createdAt", Date.from(message.createdAt()))
                .append("status", PENDING)
                .append("attempts", 0)
                .append("nextAttemptAt", Date.from(now))
                .append("enqueuedAt", Date.from(now))
                .append("updatedAt", Date.from(now));
        try {
            mongo.insert(document, COLLECTION);
            return true;
        } catch (DuplicateKeyException alreadyStored) {
            return false;
        }
    }

    @Override
    public Optional<Delivery> claimNext(String worker, Instant now, Duration claimFor) {
        Date at = Date.from(now);
        Query due = query(where("status").is(PENDING).and("nextAttemptAt").lte(at)
                .orOperator(where("claimedUntil").is(null), where("claimedUntil").lte(at)))
                .with(Sort.by("nextAttemptAt", "_id"));
        return claimWith(due, worker, now, claimFor);
    }

    @Override
    public Optional<Delivery> claim(String id, String worker, Instant now, Duration claimFor) {
        Date at = Date.from(now);
        Query due = query(where("_id").is(id).and("status").is(PENDING).and("nextAttemptAt").lte(at)
                .orOperator(where("claimedUntil").is(null), where("claimedUntil").lte(at)));
        return claimWith(due, worker, now, claimFor);
    }

    private Optional<Delivery> claimWith(Query due, String worker, Instant now, Duration claimFor) {
        Update claim = new Update().set("claimedBy", worker).set("claimedUntil", Date.from(now.plus(claimFor)));
        Document claimed = mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true),
                Document.class, COLLECTION);
        return Optional.ofNullable(claimed).map(MongoOutboundMessages::toDelivery);
    }

    @Override
    public boolean markSent(String id, String worker, int attempts, Instant at) {
        return released(id, worker, new Update()
                .set("status", DeliveryStatus.SENT.code())
                .set("attempts", attempts)
                .set("sentAt", Date.from(at))
                .set("lastAttemptAt", Date.from(at))
                .unset("lastError"), at);
    }

    @Override
    public boolean retryLater(String id, String worker, int attempts, Instant nextAttemptAt, String error,
            Instant at) {
        return released(id, worker, new Update()
                .set("attempts", attempts)
                .set("nextAttemptAt", Date.from(nextAttemptAt))
                .set("lastError", error)
                .set("lastAttemptAt", Date.from(at)), at);
    }

    @Override
    public boolean park(String id, String worker, int attempts, String error, Instant at) {
        return released(id, worker, new Update()
                .set("status", DeliveryStatus.PARKED.code())
                .set("attempts", attempts)
                .set("lastError", error)
                .set("lastAttemptAt", Date.from(at))
                .set("parkedAt", Date.from(at)), at);
    }

    @Override
    public long purgeFinishedBefore(Instant before) {
        Date cutoff = Date.from(before);
        Query finished = query(new Criteria().orOperator(
                where("status").is(DeliveryStatus.SENT.code()).and("sentAt").lt(cutoff),
                where("status").is(DeliveryStatus.SKIPPED.code()).and("skippedAt").lt(cutoff)));
        return mongo.remove(finished, COLLECTION).getDeletedCount();
    }

    @Override
    public long purgeParkedBefore(Instant before) {
        return mongo.remove(query(where("status").is(DeliveryStatus.PARKED.code()).and("parkedAt")
                .lt(Date.from(before))), COLLECTION).getDeletedCount();
    }

    @Override
    public boolean skip(String id, String worker, String reason, Instant at) {
        return released(id, worker, new Update()
                .set("status", DeliveryStatus.SKIPPED.code())
                .set("lastError", reason)
                .set("skippedAt", Date.from(at)), at);
    }

    /** Applies the update and drops the claim, only if this worker still holds it on a pending message. */
    private boolean released(String id, String worker, Update update, Instant at) {
        update.set("updatedAt", Date.from(at)).unset("claimedBy").unset("claimedUntil");
        return mongo.updateFirst(query(where("_id").is(id).and("status").is(PENDING).and("claimedBy").is(worker)),
                update, COLLECTION).getMatchedCount() == 1;
    }

    @Override
    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, COLLECTION))
                .map(MongoOutboundMessages::toDelivery);
    }

    @Override
    public Page<Delivery> parked(int page, int size) {
        Criteria parked = where("status").is(DeliveryStatus.PARKED.code());
        long total = mongo.count(query(parked), COLLECTION);
        Query pageQuery = query(parked)
                .with(Sort.by(Sort.Order.desc("parkedAt"), Sort.Order.asc("_id")))
                .skip((long) page * size)
                .limit(size);
        List<Delivery> items = mongo.find(pageQuery, Document.class, COLLECTION).stream()
                .map(MongoOutboundMessages::toDelivery)
                .toList();
        return new Page<>(items, page, size, total);
    }

    @Override
    public Optional<Delivery> replay(String id, Instant now) {
        Update replay = new Update()
                .set("status", PENDING)
                .set("attempts", 0)
                .set("nextAttemptAt", Date.from(now))
                .set("replayedAt", Date.from(now))
                .set("updatedAt", Date.from(now))
                .inc("replays", 1)
                .unset("parkedAt")
                .unset("claimedBy")
                .unset("claimedUntil");
        Document replayed = mongo.findAndModify(
                query(where("_id").is(id).and("status").is(DeliveryStatus.PARKED.code())), replay,
                FindAndModifyOptions.options().returnNew(true), Document.class, COLLECTION);
        return Optional.ofNullable(replayed).map(MongoOutboundMessages::toDelivery);
    }

    private static Delivery toDelivery(Document d) {
        OutboundMessage message = new OutboundMessage(d.getString("_id"), Channel.valueOf(d.getString("channel")),
                d.getString("address"), d.getString("subject"), d.getString("text"), d.getString("html"),
                d.getString("referralId"), instant(d, "createdAt"));
        Number attempts = (Number) d.get("attempts");
        return new Delivery(message, DeliveryStatus.ofCode(d.getString("status")),
                attempts == null ? 0 : attempts.intValue(), instant(d, "nextAttemptAt"), d.getString("lastError"),
                instant(d, "lastAttemptAt"), instant(d, "sentAt"), instant(d, "parkedAt"));
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
