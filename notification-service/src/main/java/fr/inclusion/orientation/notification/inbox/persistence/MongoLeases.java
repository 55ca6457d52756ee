package fr.inclusion.orientation.notification.inbox.persistence;

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
import org.springframework.stereotype.Repository;

import fr.inclusion.orientation.notification.inbox.domain.Leases;

/** Collection {@code notification_leases}: {@code {_id: name, owner, expiresAt, acquiredAt}}. */
@Repository
class MongoLeases implements Leases {

    static final String COLLECTION = "notification_leases";

    private final MongoTemplate mongo;

    MongoLeases(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Take a free or expired lease (or renew one's own) atomically; create it if it never existed. */
    @Override
    public boolean tryLease(String name, String owner, Instant now, Duration ttl) {
        Query free = query(where("_id").is(name).orOperator(
                where("expiresAt").lte(Date.from(now)), where("owner").is(owner)));
        Update take = new Update().set("owner", owner).set("expiresAt", Date.from(now.plus(ttl)))
                .set("acquiredAt", Date.from(now));
        Document lease = mongo.findAndModify(free, take, FindAndModifyOptions.options().returnNew(true),
                Document.class, COLLECTION);
        if (lease != null) {
            return owner.equals(lease.getString("owner"));
        }
        if (mongo.exists(query(where("_id").is(name)), COLLECTION)) {
            return false;
        }
        try {
            mongo.insert(new Document("_id", name).append("owner", owner)
                    .append("expiresAt", Date.from(now.plus(ttl))).append("acquiredAt", Date.from(now)), COLLECTION);
            return true;
        } catch (DuplicateKeyException anotherInstanceCreatedItFirst) {
            return false;
        }
    }
}
