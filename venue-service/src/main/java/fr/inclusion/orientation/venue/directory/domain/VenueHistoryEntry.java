package fr.inclusion.orientation.venue.directory.domain;

import java.time.Instant;
import java.util.List;

/**
 * One line of a venue's change history (qui a modifié quoi, quand), kept with the venue; only the last
 * {@value #KEPT} are kept.
 *
 * @param by         user id (token subject) of who made the change, or {@code demo-data}; for an approved
 *                   proposal, the approver
 * @param kind       {@code registered}, {@code updated}, {@code withdrawn} or {@code availability_changed}
 * @param fields     the fields changed, see {@link ChangedFields}
 * @param proposedBy who proposed the change, when it is an approved proposal; otherwise {@code null}
 * @param proposalId the approved proposal, or {@code null}
 */
public record VenueHistoryEntry(Instant at, String by, String kind, List<String> fields, String proposedBy,
        String proposalId) {

    public static final int KEPT = 100;

    public VenueHistoryEntry {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static VenueHistoryEntry of(VenueChange change) {
        ApprovedProposal proposal = change instanceof VenueChange.Updated updated ? updated.proposal() : null;
        return new VenueHistoryEntry(change.occurredAt(), change.actor(), change.kind(), change.changedFields(),
                proposal == null ? null : proposal.proposedBy(), proposal == null ? null : proposal.proposalId());
    }
}
