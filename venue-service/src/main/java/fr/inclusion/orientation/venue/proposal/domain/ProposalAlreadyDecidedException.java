package fr.inclusion.orientation.venue.proposal.domain;

import fr.inclusion.orientation.support.problem.ProblemException;

/** The proposal was approved or rejected already: a decision is taken once. */
public class ProposalAlreadyDecidedException extends ProblemException {

    private final ProposalStatus status;

    public ProposalAlreadyDecidedException(String proposalId, ProposalStatus status) {
        super(409, "proposal-already-decided", "Proposition déjà traitée", "Cette proposition a déjà été "
                + switch (status) {
                    case APPROVED -> "acceptée";
                    case REJECTED -> "refusée";
                    case PENDING -> "en cours de décision";
                } + " ; une décision ne se prend qu'une fois.");
        this.status = status;
        property("proposalStatus", status.value());
    }

    public ProposalStatus status() {
        return status;
    }
}
