package fr.inclusion.orientation.venue.exchange.domain;

import java.time.Instant;
import java.util.List;

/**
 * An import of a file of venues, run in the background; its counters grow batch by batch.
 * {@code imported + updated + unchanged + rejectedRows = processed ≤ total}.
 *
 * @param owner             id of the user who sent the file: the actor of every change, the only one who may
 *                          follow the job
 * @param format            {@code csv} or {@code json}
 * @param total             records in the file (header and blank lines not counted)
 * @param imported          records that registered a new venue
 * @param updated           records that changed a venue
 * @param unchanged         records equal to the venue already in the directory
 * @param rejectedRows      records not taken
 * @param rejected          why, line by line, up to a cap ({@code rejectedTruncated} then says some were left out)
 * @param failure           why the job stopped, when {@code FAILED}
 */
public record ImportJob(
        String id,
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
        String failure) {

    public ImportJob {
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
    }

    public static ImportJob pending(String id, String owner, String format, int total, Instant at) {
        return new ImportJob(id, owner, format, ImportStatus.PENDING, total, 0, 0, 0, 0, 0, List.of(), false, at,
                null, null, null);
    }

    public boolean ownedBy(String userId) {
        return owner.equals(userId);
    }
}
