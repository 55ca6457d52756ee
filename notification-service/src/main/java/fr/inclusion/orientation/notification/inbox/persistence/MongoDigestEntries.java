package fr.inclusion.orientation.notification.inbox.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import fr.inclusion.orientation.notification.inbox.domain.Audience;
import fr.inclusion.orientation.notification.inbox.domain.DigestEntries;
import fr.inclusion.orientation.notification.inbox.domain.DigestEntry;
import fr.inclusion.orientation.notification.inbox.domain.Notification;
import fr.inclusion.orientation.notification.preferences.domain.NotificationKind;

/**
 * Collections {@code notification_digest_entries} ({@code {_id: <eventId>:<recipient>, recipient, email,
 * displayName, notification: {…}, rememberedAt, listedIn}}, {@code listedIn} the digest id once listed) and
 * {@code notification_digests} ({@code {_id: digest:<recipient>:<day>, recipient, entries, sentAt}}).
 */
@Repository
class MongoDigestEntries implements DigestEntries {

    static final String ENTRIES = "notification_digest_entries";
    static final String DIGESTS = "notification_digests";

    private final MongoTemplate mongo;

    MongoDigestEntries(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(ENTRIES).createIndex(new Index().on("listedIn", Sort.Direction.ASC)
                .on("recipient", Sort.Direction.ASC).on("rememberedAt", Sort.Direction.ASC).named("pending"));
    }

    @Override
    public void remember(DigestEntry entry) {
        Notification n = entry.notification();
        Document notification = new Document("id", n.id())
                .append("eventId", n.eventId().toString())
                .append("audience", n.audience().value())
                .append("kind", n.kind().name())
                .append("referralId", n.referralId())
                .append("venueId", n.venueId())
                .append("title", n.title())
                .append("body", n.body())
                .append("link", n.link())
                .append("createdAt", Date.from(n.createdAt()));
        try {
            mongo.insert(new Document("_id", entry.id())
                    .append("recipient", entry.recipient())
                    .append("email", entry.email())
                    .append("displayName", entry.displayName())
                    .append("notification", notification)
                    .append("rememberedAt", Date.from(entry.rememberedAt()))
                    .append("listedIn", null), ENTRIES);
        } catch (DuplicateKeyException redelivered) {
            // kept already: the same event for the same person
        }
    }

    @Override
    public List<String> recipientsWithPendingBefore(Instant cutoff) {
        Query pending = pending(cutoff);
        pending.fields().include("recipient");
        return mongo.find(pending, Document.class, ENTRIES).stream()
                .map(d -> d.getString("recipient"))
                .distinct()
                .toList();
    }

    @Override
    public List<DigestEntry> pendingBefore(String recipient, Instant cutoff) {
        Query pending = pending(cutoff);
        pending.addCriteria(where("recipient").is(recipient));
        pending.with(Sort.by(Sort.Order.asc("rememberedAt"), Sort.Order.asc("_id")));
        return mongo.find(pending, Document.class, ENTRIES).stream().map(MongoDigestEntries::toDomain).toList();
    }

    @Override
    public void markListed(Collection<String> entryIds, String digestId) {
        mongo.updateMulti(query(where("_id").in(entryIds).and("listedIn").is(null)),
                new Update().set("listedIn", digestId), ENTRIES);
    }

    @Override
    public boolean digestSent(String digestId) {
        return mongo.exists(query(where("_id").is(digestId)), DIGESTS);
    }

    @Override
    public void recordDigest(String digestId, String recipient, int entries, Instant sentAt) {
        try {
            mongo.insert(new Document("_id", digestId).append("recipient", recipient).append("entries", entries)
                    .append("sentAt", Date.from(sentAt)), DIGESTS);
        } catch (DuplicateKeyException recordedAlready) {
            // another run of the same day recorded it
        }
    }

    private static Query pending(Instant cutoff) {
        return query(where("listedIn").is(null).and("rememberedAt").lt(Date.from(cutoff)));
    }

    private static DigestEntry toDomain(Document d) {
        Document n = d.get("notification", Document.class);
        Notification notification = new Notification(n.getString("id"), UUID.fromString(n.getString("eventId")),
                new Audience(n.getString("audience")), NotificationKind.valueOf(n.getString("kind")),
                n.getString("referralId"), n.getString("venueId"), n.getString("title"), n.getString("body"),
                n.getString("link"), n.getDate("createdAt").toInstant(), null);
        return new DigestEntry(d.getString("_id"), d.getString("recipient"), d.getString("email"),
                d.getString("displayName"), notification, d.getDate("rememberedAt").toInstant());
    }
}
