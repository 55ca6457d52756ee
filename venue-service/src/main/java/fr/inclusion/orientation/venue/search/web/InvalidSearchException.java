package fr.inclusion.orientation.venue.search.web;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.InvalidFieldsException;

/** Request parameters of a search or a coverage that are missing or invalid, all of them at once. */
class InvalidSearchException extends InvalidFieldsException {

    /** The detail of every invalid search or coverage request. */
    static final String DETAIL = "Certains paramètres sont invalides : voir les champs en erreur.";

    InvalidSearchException(List<FieldError> errors) {
        super(DETAIL, errors);
    }
}
