package fr.inclusion.orientation.venue.proposal.domain;

import java.util.Optional;

/** The proposals' store (port). */
public interface VenueProposals {

    void add(VenueProposal proposal);

    Optional<VenueProposal> byId(String id);

    /**
     * Records the decision of a proposal only if it is still pending in the store, atomically, so that of two
     * coordinators deciding at the same time exactly one wins.
     *
     * @return false when the stored proposal was decided in the meantime
     */
    boolean decide(VenueProposal decided);

    /** Puts an approval that could not be applied back to pending, so that it can be decided again. */
    void reopen(VenueProposal approved);

    /** Records the venue version the approved changes led to. */
    void markApplied(String id, long venueVersion);

    /** Proposals matching the filter, oldest first, {@code page} counted from 0. */
    ProposalPage find(ProposalFilter filter, int page, int size);
}
