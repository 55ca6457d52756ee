package fr.inclusion.orientation.venue.exchange.web;

import fr.inclusion.orientation.support.web.Problems;

/** A parameter of an import or export request is invalid (format, département, missing form part). */
class InvalidExchangeRequestException extends RuntimeException {

    private final Problems.FieldError error;

    InvalidExchangeRequestException(String field, String message) {
        super("Invalid " + field);
        this.error = new Problems.FieldError(field, message);
    }

    Problems.FieldError error() {
        return error;
    }
}
