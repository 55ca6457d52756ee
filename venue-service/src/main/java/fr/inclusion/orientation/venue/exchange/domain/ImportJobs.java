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

    /** Adds a batch's counts to the job's and appends its rejections; {@code at} is the job's last sign of life. */
    void progressed(String id, ImportProgress progress, Instant at);

    /** RUNNING → DONE, or → FAILED with the reason (in French). */
    void finished(String id, ImportStatus status, Instant at, String failure, boolean rejectedTruncated);

    Optional<ImportJob> byId(String id);

    /**
     * Ends as FAILED, with the reason, a job still pending or running that gave no sign of life (creation, start,
     * batch) since {@code silentSince}: the instance running it stopped (a restart), and the file is not kept.
     * One conditional write; a job that moved meanwhile is left alone. Returns the job as it is now.
     */
    Optional<ImportJob> failIfSilentSince(String id, Instant silentSince, Instant at, String reason);
}
