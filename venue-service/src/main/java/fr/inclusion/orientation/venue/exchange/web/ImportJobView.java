package fr.inclusion.orientation.venue.exchange.web;

import java.time.Instant;
import java.util.List;

import fr.inclusion.orientation.venue.exchange.domain.ImportJob;
import fr.inclusion.orientation.venue.exchange.domain.ImportStatus;
import fr.inclusion.orientation.venue.exchange.domain.Rejection;

/** {@code GET /api/imports/{jobId}}. */
record ImportJobView(
        String jobId,
        ImportStatus status,
        String format,
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
        String failure) {

    static ImportJobView of(ImportJob job) {
        return new ImportJobView(job.id(), job.status(), job.format(), job.total(), job.processed(), job.imported(),
                job.updated(), job.unchanged(), job.rejectedRows(), job.rejected(), job.rejectedTruncated(),
                job.createdAt(), job.startedAt(), job.finishedAt(), job.failure());
    }
}
