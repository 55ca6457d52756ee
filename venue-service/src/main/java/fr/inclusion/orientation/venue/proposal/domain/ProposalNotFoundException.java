package fr.inclusion.orientation.venue.proposal.domain;

import fr.inclusion.orientation.support.problem.ProblemException;

/** No proposal with this id, or none the caller may see (the answer is the same, so as not to reveal it exists). */
public class ProposalNotFoundException extends ProblemException {

    public ProposalNotFoundException(String proposalId) {
        super(404, "proposal-not-found", "Proposition introuvable", "Aucune proposition « " + proposalId
                + " » parmi celles que vous pouvez consulter.");
    }
}
