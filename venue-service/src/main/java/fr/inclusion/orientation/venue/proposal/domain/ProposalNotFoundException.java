package fr.inclusion.orientation.venue.proposal.domain;

/** No proposal with this id, or none the caller may see (the answer is the same, so as not to reveal it exists). */
public class ProposalNotFoundException extends RuntimeException {

    private final String proposalId;

    public ProposalNotFoundException(String proposalId) {
        super("No proposal " + proposalId);
        this.proposalId = proposalId;
    }

    public String proposalId() {
        return proposalId;
    }
}
