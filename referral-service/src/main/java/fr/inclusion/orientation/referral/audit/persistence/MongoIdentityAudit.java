package fr.inclusion.orientation.referral.audit.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

import fr.inclusion.orientation.referral.audit.domain.IdentityAudit;
import fr.inclusion.orientation.referral.audit.domain.IdentityRead;

/** {@code identity_audit}: one inserted document per identity read, never updated. */
@Repository
public class MongoIdentityAudit implements IdentityAudit, InitializingBean {

    static final String COLLECTION = "identity_audit";

    private final MongoTemplate mongo;

    public MongoIdentityAudit(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterPropertiesSet() {
        mongo.indexOps(Entry.class).createIndex(new Index().on("referralId", Sort.Direction.ASC).named("referralId"));
        mongo.indexOps(Entry.class).createIndex(new Index().on("when", Sort.Direction.ASC).named("when"));
    }

    @Override
    public void record(IdentityRead read) {
        mongo.insert(new Entry(null, read.who(), read.when(), read.referralId(), read.action()));
    }

    @Override
    public List<IdentityRead> of(String referralId) {
        return mongo.find(query(where("referralId").is(referralId)).with(Sort.by("when", "_id")), Entry.class)
                .stream()
                .map(e -> new IdentityRead(e.who(), e.when(), e.referralId(), e.action()))
                .toList();
    }

    @Override
    public long purgeBefore(Instant before) {
        return mongo.remove(query(where("when").lt(before)), Entry.class).getDeletedCount();
    }

    @Document(COLLECTION)
    record Entry(@Id String id, String who, Instant when, String referralId, String action) {
    }
}
