package fr.inclusion.orientation.venue.directory.web;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.InvalidFieldsException;

/** A request parameter or header the domain never sees is invalid (filter value, If-Match, id in path and body). */
class InvalidRequestException extends InvalidFieldsException {

    InvalidRequestException(String field, String message) {
        super("Certains paramètres sont invalides.", List.of(new FieldError(field, message)));
    }
}
