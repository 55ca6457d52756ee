package fr.inclusion.orientation.venue.territory.domain;

import fr.inclusion.orientation.support.problem.ProblemException;

/** No commune of the reference data has this INSEE code. */
public class CommuneNotFoundException extends ProblemException {

    public CommuneNotFoundException(String code) {
        super(404, "commune-not-found", "Commune introuvable", "Aucune commune du référentiel n'a le code INSEE « " + code + " ».");
    }
}
