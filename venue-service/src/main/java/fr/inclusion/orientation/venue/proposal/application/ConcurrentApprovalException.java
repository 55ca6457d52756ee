package fr.inclusion.orientation.venue.proposal.application;

import fr.inclusion.orientation.support.problem.ProblemException;

/** The venue's record changed while a proposal was being applied to it; the proposal is pending again. */
public class ConcurrentApprovalException extends ProblemException {

    public ConcurrentApprovalException(Throwable cause) {
        super(409, "concurrent-update", "Modification concurrente", "La fiche du lieu a été modifiée pendant "
                + "l'approbation ; la proposition reste en attente, recommencez.", cause);
    }
}
