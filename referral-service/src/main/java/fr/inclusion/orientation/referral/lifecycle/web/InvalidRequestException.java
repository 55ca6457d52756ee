package fr.inclusion.orientation.referral.lifecycle.web;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.InvalidFieldsException;

/** The request is unusable as sent; lists the field errors, under its own problem type. */
class InvalidRequestException extends InvalidFieldsException {

    InvalidRequestException(String type, String detail, List<FieldError> errors) {
        super(type, detail, errors);
    }
}
