package fr.inclusion.orientation.referral.lifecycle.application;

import fr.inclusion.orientation.support.problem.ProblemException;

/** The resident's commune is not one of the secretary's communes. */
public class CommuneNotServedException extends ProblemException {

    public CommuneNotServedException(String communeCode) {
        super(403, "commune-not-served", "Commune hors de votre périmètre", "La commune " + communeCode
                + " ne fait pas partie de vos communes : vous ne pouvez pas orienter ses habitants.");
    }
}
