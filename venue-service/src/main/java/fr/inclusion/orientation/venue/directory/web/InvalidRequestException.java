package fr.inclusion.orientation.venue.directory.web;

import java.util.List;

import fr.inclusion.orientation.support.web.Problems;

/** A request parameter or header the domain never sees is invalid (filter value, If-Match, id in path and body). */
class InvalidRequestException extends RuntimeException {

    private final List<Problems.FieldError> errors;

    InvalidRequestException(String field, String message) {
        super("Invalid " + field);
        this.errors = List.of(new Problems.FieldError(field, message));
    }

    List<Problems.FieldError> errors() {
        return errors;
    }
}
