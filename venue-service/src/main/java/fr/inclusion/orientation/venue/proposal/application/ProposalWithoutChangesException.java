package fr.inclusion.orientation.venue.proposal.application;

import fr.inclusion.orientation.support.problem.ProblemException;

/** The proposal names no field, or proposes exactly what the venue's record already says. */
public class ProposalWithoutChangesException extends ProblemException {

    public ProposalWithoutChangesException(String venueId) {
        super(400, "proposal-without-changes", "Aucune correction", "La proposition ne change rien à la fiche actuelle du "
                + "lieu : indiquez les champs à corriger et leur nouvelle valeur.");
    }
}
