package fr.inclusion.orientation.referral.lifecycle.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import fr.inclusion.orientation.referral.lifecycle.domain.ReferralStatus;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralUpkeep;
import fr.inclusion.orientation.referral.lifecycle.messaging.ReferralEvents;
import fr.inclusion.orientation.support.outbox.MongoOutboxRelay;
import fr.inclusion.orientation.support.outbox.OutboxEntry;
import fr.inclusion.orientation.support.outbox.OutboxSignal;

/**
 * The service levels' reads and writes on the {@code referrals} collection, which only this feature writes.
 * The markers it adds ({@code reminderDueAt}, {@code identityPurgedAt}) are not part of the referral's mapped
 * document, so the referral's own updates (which {@code $set} its mapped fields) never erase them.
 */
@Repository
public class MongoReferralUpkeep implements ReferralUpkeep, InitializingBean {

    static final String REFERRALS = ReferralDocument.COLLECTION;
    static final String REMINDER_DUE_AT = "reminderDueAt";
    static final String IDENTITY_PURGED_AT = "identityPurgedAt";

    /**
     * Paths of the resident's identity in a referral document: its sealed fields. Any free text written about the
     * resident (the venue's decline message) is a {@link SealedField}, so that the purge removes it too.
     */
    static final List<String> IDENTITY_PATHS = Arrays.stream(SealedField.values()).map(SealedField::path).toList();

    private static final List<String> ENDED = List.of(ReferralStatus.CLOSED.code(), ReferralStatus.DECLINED.code(),
            ReferralStatus.EXPIRED.code(), ReferralStatus.CANCELLED.code());

    private static final List<String> OPEN = List.of(ReferralStatus.SENT.code(), ReferralStatus.ACCEPTED.code());

    private final MongoTemplate mongo;
    private final OutboxSignal outbox;

    public MongoReferralUpkeep(MongoTemplate mongo, OutboxSignal outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(REFERRALS).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("dueAt", Sort.Direction.ASC).named("status_dueAt"));
        mongo.indexOps(REFERRALS).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("remindAt", Sort.Direction.ASC).named("status_remindAt"));
        mongo.indexOps(REFERRALS).createIndex(new Index().on("status", Sort.Direction.ASC)
                .on("updatedAt", Sort.Direction.ASC).named("status_updatedAt"));
    }

    @Override
    public List<String> overdue(Instant now, int limit) {
        Query query = query(where("status").is(ReferralStatus.SENT.code()).and("dueAt").lte(Date.from(now)))
                .with(Sort.by("dueAt")).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, REFERRALS).stream().map(d -> d.get("_id").toString()).toList();
    }

    @Override
    public List<ReminderCandidate> remindersDue(Instant now, int limit) {
        Query query = query(where("status").is(ReferralStatus.SENT.code()).and("remindAt").lte(Date.from(now))
                .and("dueAt").gt(Date.from(now)).and(REMINDER_DUE_AT).exists(false))
                .with(Sort.by("remindAt")).limit(limit);
        // never the resident: only what the reminder event carries
        query.fields().include("_id", "version", "venueId", "need", "communeCode", "dueAt");
        return mongo.find(query, Document.class, REFERRALS).stream()
                .map(d -> new ReminderCandidate(d.get("_id").toString(), ((Number) d.get("version")).longValue(),
                        d.getString("venueId"), d.getString("need"), d.getString("communeCode"),
                        d.getDate("dueAt").toInstant()))
                .toList();
    }

    @Override
    public boolean recordReminder(ReminderCandidate candidate, Instant at) {
        Query guard = query(where("_id").is(candidate.id()).and("version").is(candidate.version())
                .and("status").is(ReferralStatus.SENT.code()).and(REMINDER_DUE_AT).exists(false));
        Update update = new Update().set(REMINDER_DUE_AT, Date.from(at))
                .push(MongoOutboxRelay.OUTBOX_FIELD, MongoOutboxRelay.document(mongo,
                        OutboxEntry.of(ReferralEvents.reminderDue(candidate, at))));
        boolean recorded = mongo.updateFirst(guard, update, REFERRALS).getModifiedCount() == 1;
        if (recorded) {
            outbox.pending(candidate.id());
        }
        return recorded;
    }

    @Override
    public long purgeIdentityEndedBefore(Instant endedBefore, Instant at) {
        return purgeIdentity(where("status").in(ENDED).and("updatedAt").lte(Date.from(endedBefore)), at);
    }

    @Override
    public long purgeIdentityOpenSince(Instant createdBefore, Instant at) {
        return purgeIdentity(where("status").in(OPEN).and("createdAt").lte(Date.from(createdBefore)), at);
    }

    /** Removes the identity of the referrals that match and still have it, marking when. */
    private long purgeIdentity(Criteria which, Instant at) {
        Update purge = new Update().set(IDENTITY_PURGED_AT, Date.from(at));
        IDENTITY_PATHS.forEach(purge::unset);
        return mongo.updateMulti(query(which.and(IDENTITY_PURGED_AT).exists(false)), purge, REFERRALS)
                .getModifiedCount();
    }
}
