package fr.inclusion.orientation.venue.proposal.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import fr.inclusion.orientation.venue.territory.domain.Location;

/**
 * A correction someone proposed to a venue's record: the fields to change in the standard's names and their new
 * values (JSON values: text, numbers, lists, {@code null} to clear a field), why, by whom and when. Pending until a
 * coordinator of the venue's territory decides; decided once.
 *
 * @param changes        standard field name → proposed value, in the order given
 * @param proposedBy     user id (token subject) of the author
 * @param proposerName   the author's username, so that a coordinator sees who wrote it
 * @param territory      the venue's territory when the proposal was made, for coordinators' lists
 * @param decidedBy      user id of who approved or rejected it
 * @param reason         why it was rejected
 * @param appliedVersion the venue's version once the approved changes were applied (the same version when the
 *                       venue already said so)
 */
public record VenueProposal(String id, String venueId, Map<String, Object> changes, String comment,
        String proposedBy, String proposerName, Instant proposedAt, Location territory, ProposalStatus status,
        String decidedBy, Instant decidedAt, String reason, Long appliedVersion) {

    public VenueProposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(venueId, "venueId");
        Objects.requireNonNull(status, "status");
        // a LinkedHashMap rather than Map.copyOf: the order is the author's and a value may be null (clear a field)
        changes = Collections.unmodifiableMap(new LinkedHashMap<>(changes == null ? Map.of() : changes));
        territory = territory == null ? Location.UNKNOWN : territory;
    }

    public static VenueProposal propose(String id, String venueId, Map<String, Object> changes, String comment,
            String proposedBy, String proposerName, Instant at, Location territory) {
        return new VenueProposal(id, venueId, changes, comment, proposedBy, proposerName, at, territory,
                ProposalStatus.PENDING, null, null, null, null);
    }

    /** @throws ProposalAlreadyDecidedException when it was approved or rejected before */
    public VenueProposal approve(String by, Instant at) {
        requirePending();
        return new VenueProposal(id, venueId, changes, comment, proposedBy, proposerName, proposedAt, territory,
                ProposalStatus.APPROVED, by, at, null, null);
    }

    /** @throws ProposalAlreadyDecidedException when it was approved or rejected before */
    public VenueProposal reject(String by, String why, Instant at) {
        requirePending();
        return new VenueProposal(id, venueId, changes, comment, proposedBy, proposerName, proposedAt, territory,
                ProposalStatus.REJECTED, by, at, why, null);
    }

    public VenueProposal applied(long venueVersion) {
        return new VenueProposal(id, venueId, changes, comment, proposedBy, proposerName, proposedAt, territory,
                status, decidedBy, decidedAt, reason, venueVersion);
    }

    public boolean isPending() {
        return status == ProposalStatus.PENDING;
    }

    private void requirePending() {
        if (!isPending()) {
            throw new ProposalAlreadyDecidedException(id, status);
        }
    }
}
