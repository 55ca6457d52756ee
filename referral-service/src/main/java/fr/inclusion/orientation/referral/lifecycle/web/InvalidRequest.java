package fr.inclusion.orientation.referral.lifecycle.web;

import java.util.List;

import fr.inclusion.orientation.support.web.Problems;

/** The request is unusable as sent; carries the field errors to list in the problem. */
class InvalidRequest extends RuntimeException {

    private final String type;
    private final List<Problems.FieldError> errors;

    InvalidRequest(String type, String detail, List<Problems.FieldError> errors) {
        super(detail);
        this.type = type;
        this.errors = List.copyOf(errors);
    }

    String type() {
        return type;
    }

    List<Problems.FieldError> errors() {
        return errors;
    }
}
