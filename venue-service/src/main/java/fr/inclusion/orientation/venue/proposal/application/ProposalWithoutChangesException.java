package fr.inclusion.orientation.venue.proposal.application;

/** The proposal names no field, or proposes exactly what the venue's record already says. */
public class ProposalWithoutChangesException extends RuntimeException {

    public ProposalWithoutChangesException(String venueId) {
        super("Proposal for venue " + venueId + " changes nothing");
    }
}
