package fr.inclusion.orientation.venue.search.web;

import java.util.List;

import fr.inclusion.orientation.support.web.Problems;

/** Request parameters of a search or a coverage that are missing or invalid, all of them at once. */
class InvalidSearchException extends RuntimeException {

    private final List<Problems.FieldError> errors;

    InvalidSearchException(List<Problems.FieldError> errors) {
        super("Invalid parameters " + errors.stream().map(Problems.FieldError::field).toList());
        this.errors = List.copyOf(errors);
    }

    List<Problems.FieldError> errors() {
        return errors;
    }
}
