package fr.inclusion.orientation.venue.exchange.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import fr.inclusion.orientation.venue.exchange.domain.ImportJob;
import fr.inclusion.orientation.venue.exchange.domain.ImportJobs;
import fr.inclusion.orientation.venue.exchange.domain.ImportProgress;
import fr.inclusion.orientation.venue.exchange.domain.ImportStatus;

/**
 * Jobs in {@code import_jobs}, stored as the domain's {@link ImportJob} plus {@code lastActivityAt}, which only the
 * updates set (a job without it, new or stored before it existed, is judged by its creation). Progress is an
 * {@code $inc} of the counters, in place, batch by batch, and a {@code $push} of rejections.
 */
@Repository
class MongoImportJobs implements ImportJobs {

    static final String COLLECTION = "import_jobs";
    private static final String LAST_ACTIVITY = "lastActivityAt";

    private final MongoTemplate mongo;

    MongoImportJobs(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void create(ImportJob job) {
        mongo.insert(job, COLLECTION);
    }

    @Override
    public void started(String id, Instant at) {
        mongo.updateFirst(query(where("id").is(id)), new Update().set("status", ImportStatus.RUNNING)
                .set("startedAt", at).set(LAST_ACTIVITY, at), ImportJob.class, COLLECTION);
    }

    @Override
    public void progressed(String id, ImportProgress progress, Instant at) {
        Update update = new Update()
                .set(LAST_ACTIVITY, at)
                .inc("processed", progress.processed())
                .inc("imported", progress.imported())
                .inc("updated", progress.updated())
                .inc("unchanged", progress.unchanged())
                .inc("rejectedRows", progress.rejectedRows());
        if (!progress.rejections().isEmpty()) {
            update.push("rejected").each(progress.rejections().toArray());
        }
        mongo.updateFirst(query(where("id").is(id)), update, ImportJob.class, COLLECTION);
    }

    @Override
    public void finished(String id, ImportStatus status, Instant at, String failure, boolean rejectedTruncated) {
        mongo.updateFirst(query(where("id").is(id)), new Update().set("status", status).set("finishedAt", at)
                .set("failure", failure).set("rejectedTruncated", rejectedTruncated), ImportJob.class, COLLECTION);
    }

    @Override
    public Optional<ImportJob> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, ImportJob.class, COLLECTION));
    }

    @Override
    public Optional<ImportJob> failIfSilentSince(String id, Instant silentSince, Instant at, String reason) {
        // a job without lastActivityAt (not yet started, or stored before it existed) is judged by its creation
        Criteria silent = new Criteria().orOperator(where(LAST_ACTIVITY).lt(silentSince),
                new Criteria().andOperator(where(LAST_ACTIVITY).exists(false), where("createdAt").lt(silentSince)));
        mongo.updateFirst(query(new Criteria().andOperator(where("id").is(id),
                        where("status").in(ImportStatus.PENDING, ImportStatus.RUNNING), silent)),
                new Update().set("status", ImportStatus.FAILED).set("finishedAt", at).set("failure", reason),
                ImportJob.class, COLLECTION);
        return byId(id);
    }
}
