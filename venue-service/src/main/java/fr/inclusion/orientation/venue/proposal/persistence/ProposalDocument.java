package fr.inclusion.orientation.venue.proposal.persistence;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import fr.inclusion.orientation.venue.proposal.domain.ProposalStatus;
import fr.inclusion.orientation.venue.proposal.domain.VenueProposal;
import fr.inclusion.orientation.venue.territory.domain.Location;

/**
 * A proposal as stored. {@code departement} and {@code epciSiren} are the venue's when the proposal was made, so
 * that a coordinator's list is one query; decisions check the venue's territory as it is then.
 *
 * @param status {@code pending}, {@code approved} or {@code rejected}
 */
@Document(ProposalDocument.COLLECTION)
record ProposalDocument(
        @Id String id,
        String venueId,
        Map<String, Object> changes,
        String comment,
        String proposedBy,
        String proposerName,
        Instant proposedAt,
        String departement,
        String epciSiren,
        String status,
        String decidedBy,
        Instant decidedAt,
        String reason,
        Long appliedVersion) {

    static final String COLLECTION = "venue_proposals";

    static ProposalDocument of(VenueProposal p) {
        return new ProposalDocument(p.id(), p.venueId(), p.changes(), p.comment(), p.proposedBy(), p.proposerName(),
                p.proposedAt(), p.territory().departement(), p.territory().epciSiren(), p.status().value(),
                p.decidedBy(), p.decidedAt(), p.reason(), p.appliedVersion());
    }

    VenueProposal toDomain() {
        return new VenueProposal(id, venueId, changes, comment, proposedBy, proposerName, proposedAt,
                new Location(departement, epciSiren),
                ProposalStatus.fromValue(status).orElseThrow(() -> new IllegalStateException(
                        "proposal " + id + " has an unknown status " + status)),
                decidedBy, decidedAt, reason, appliedVersion);
    }
}
