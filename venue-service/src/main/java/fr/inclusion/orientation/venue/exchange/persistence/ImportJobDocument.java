package fr.inclusion.orientation.venue.exchange.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import fr.inclusion.orientation.venue.exchange.domain.ImportJob;
import fr.inclusion.orientation.venue.exchange.domain.ImportStatus;
import fr.inclusion.orientation.venue.exchange.domain.Rejection;

/** An import job as stored; its counters are {@code $inc}remented in place, batch by batch. */
@Document(ImportJobDocument.COLLECTION)
record ImportJobDocument(
        @Id String id,
        String owner,
        String format,
        ImportStatus status,
        int total,
        int processed,
        int imported,
        int updated,
        int unchanged,
        int rejectedRows,
        List<Rejection> rejected,
        boolean rejectedTruncated,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        String failure,
        Instant lastActivityAt) {

    static final String COLLECTION = "import_jobs";

    static ImportJobDocument of(ImportJob job) {
        return new ImportJobDocument(job.id(), job.owner(), job.format(), job.status(), job.total(), job.processed(),
                job.imported(), job.updated(), job.unchanged(), job.rejectedRows(), job.rejected(),
                job.rejectedTruncated(), job.createdAt(), job.startedAt(), job.finishedAt(), job.failure(),
                job.createdAt());
    }

    ImportJob toDomain() {
        return new ImportJob(id, owner, format, status, total, processed, imported, updated, unchanged, rejectedRows,
                rejected, rejectedTruncated, createdAt, startedAt, finishedAt, failure);
    }
}
