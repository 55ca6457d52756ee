package fr.inclusion.orientation.venue.proposal.application;

import java.util.List;

import fr.inclusion.orientation.support.problem.ProblemException;
import fr.inclusion.orientation.venue.directory.domain.Violation;

/**
 * The venue changed since the proposal was made and the proposed changes, applied to it now, break its rules; the
 * proposal stays pending (to be rejected, or approved once the record is fixed).
 */
public class ProposalNoLongerApplicableException extends ProblemException {

    public ProposalNoLongerApplicableException(String proposalId, List<Violation> violations) {
        super(409, "proposal-no-longer-applicable", "Proposition inapplicable", "La fiche du lieu a changé depuis "
                + "la proposition : appliquées aujourd'hui, ces corrections ne respectent plus le standard. La "
                + "proposition reste en attente ; refusez-la ou corrigez d'abord la fiche.");
        property("errors", Violation.fieldErrors(violations));
    }
}
