package fr.inclusion.orientation.venue.search.web;

import fr.inclusion.orientation.support.problem.ProblemException;

/** A coordinator asking about a territory other than theirs. */
class TerritoryNotAllowedException extends ProblemException {

    TerritoryNotAllowedException(String territory) {
        super(403, "territory-forbidden", "Accès refusé", "Vous ne pouvez consulter que la couverture de votre territoire.");
    }
}
