package fr.inclusion.orientation.venue.exchange.web;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.InvalidFieldsException;

/** A parameter of an import or export request is invalid (format, département, missing form part). */
class InvalidExchangeRequestException extends InvalidFieldsException {

    InvalidExchangeRequestException(String field, String message) {
        super("Certains paramètres sont invalides.", List.of(new FieldError(field, message)));
    }
}
