package fr.inclusion.orientation.venue.search.web;

/** A coordinator asking about a territory other than theirs. */
class TerritoryNotAllowedException extends RuntimeException {

    TerritoryNotAllowedException(String territory) {
        super("Territory not allowed: " + territory);
    }
}
