package fr.inclusion.orientation.venue.exchange.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The import jobs' store (port). Each method is one single-document write, so that a reader always sees
 * consistent counters while the job runs.
 */
public interface ImportJobs {

    void create(ImportJob job);

    /** PENDING → RUNNING. */
    void started(String id, Instant at);

    /** Adds a batch's counts to the job's and appends its rejections. */
    void progressed(String id, ImportProgress progress);

    /** RUNNING → DONE, or → FAILED with the reason (in French). */
    void finished(String id, ImportStatus status, Instant at, String failure, boolean rejectedTruncated);

    Optional<ImportJob> byId(String id);
}
