package fr.inclusion.orientation.venue.proposal.domain;

/** The proposal was approved or rejected already: a decision is taken once. */
public class ProposalAlreadyDecidedException extends RuntimeException {

    private final ProposalStatus status;

    public ProposalAlreadyDecidedException(String proposalId, ProposalStatus status) {
        super("Proposal " + proposalId + " is already " + status.value());
        this.status = status;
    }

    public ProposalStatus status() {
        return status;
    }
}
