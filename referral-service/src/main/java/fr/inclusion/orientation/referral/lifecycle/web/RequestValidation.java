package fr.inclusion.orientation.referral.lifecycle.web;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import fr.inclusion.orientation.support.problem.FieldError;


/**
 * Validates request bodies explicitly, after the role check, so that a caller who may not act learns nothing from
 * validation messages and gets 403 whatever the body.
 */
@Component
class RequestValidation {

    private final Validator validator;

    RequestValidation(Validator validator) {
        this.validator = validator;
    }

    void check(Object body) {
        List<FieldError> errors = validator.validate(body).stream()
                .map(RequestValidation::fieldError)
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .distinct()
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("validation", "Certains champs sont absents ou invalides.", errors);
        }
    }

    private static FieldError fieldError(ConstraintViolation<Object> violation) {
        // container elements come out as "constraints[1].<list element>": the index is what the client needs
        String field = violation.getPropertyPath().toString().replace(".<list element>", "");
        return new FieldError(field, violation.getMessage());
    }
}
