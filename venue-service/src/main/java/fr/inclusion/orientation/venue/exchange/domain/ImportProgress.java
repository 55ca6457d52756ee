package fr.inclusion.orientation.venue.exchange.domain;

import java.util.List;

/**
 * What one batch of an import did, added to the job's counters in a single write.
 *
 * @param rejectedRows records rejected in the batch (one record may bring several {@code rejections})
 * @param rejections   the rejections to keep; fewer than the batch had once the job's cap is reached
 */
public record ImportProgress(int processed, int imported, int updated, int unchanged, int rejectedRows,
        List<Rejection> rejections) {

    public ImportProgress {
        rejections = List.copyOf(rejections);
    }
}
