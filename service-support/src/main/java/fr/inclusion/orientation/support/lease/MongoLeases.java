package fr.inclusion.orientation.support.lease;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Leases in one collection, one document each: {@code {_id: name, owner, expiresAt, acquiredAt}}. Taking one is a
 * single findAndModify that matches only when the lease is expired or already the caller's; the document is created
 * by an insert the first time only, so a contended lease never relies on a failing upsert (which the in-memory store
 * logs as an error on every poll).
 */
public final class MongoLeases {

    private final MongoTemplate mongo;
    private final String collection;

    public MongoLeases(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** Takes a free or expired lease (or renews one's own) for {@code ttl}; true when the caller holds it. */
    public boolean tryLease(String name, String owner, Instant now, Duration ttl) {
        Query free = query(where("_id").is(name).orOperator(
                where("expiresAt").lte(Date.from(now)), where("owner").is(owner)));
        Update take = new Update().set("owner", owner).set("expiresAt", Date.from(now.plus(ttl)))
                .set("acquiredAt", Date.from(now));
        Document lease = mongo.findAndModify(free, take, FindAndModifyOptions.options().returnNew(true),
                Document.class, collection);
        if (lease != null) {
            return owner.equals(lease.getString("owner"));
        }
        if (mongo.exists(query(where("_id").is(name)), collection)) {
            return false;
        }
        try {
            mongo.insert(new Document("_id", name).append("owner", owner)
                    .append("expiresAt", Date.from(now.plus(ttl))).append("acquiredAt", Date.from(now)), collection);
            return true;
        } catch (DuplicateKeyException anotherInstanceCreatedItFirst) {
            return false;
        }
    }
}
