package fr.inclusion.orientation.referral.flows.application;

import fr.inclusion.orientation.support.problem.ProblemException;

/** The caller may not see the flows of this territory; the message is French and shown to the user. */
public class FlowAccessDeniedException extends ProblemException {

    public FlowAccessDeniedException(String message) {
        super(403, "territory-forbidden", "Territoire hors de votre périmètre", message);
    }
}
