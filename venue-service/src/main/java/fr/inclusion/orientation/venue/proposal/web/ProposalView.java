package fr.inclusion.orientation.venue.proposal.web;

import java.time.Instant;
import java.util.Map;

import fr.inclusion.orientation.venue.proposal.domain.VenueProposal;

/**
 * A proposal as the API shows it.
 *
 * @param changes        the proposed values by the standard's field names
 * @param proposedBy     the author's user id; {@code proposedByUsername} their username
 * @param status         {@code pending}, {@code approved} or {@code rejected}
 * @param appliedVersion the venue's version after an approval
 */
record ProposalView(String id, String venueId, Map<String, Object> changes, String comment, String proposedBy,
        String proposedByUsername, Instant proposedAt, String status, String decidedBy, Instant decidedAt,
        String reason, Long appliedVersion) {

    static ProposalView of(VenueProposal p) {
        return new ProposalView(p.id(), p.venueId(), p.changes(), p.comment(), p.proposedBy(), p.proposerName(),
                p.proposedAt(), p.status().value(), p.decidedBy(), p.decidedAt(), p.reason(), p.appliedVersion());
    }
}
