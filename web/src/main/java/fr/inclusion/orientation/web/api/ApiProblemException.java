package fr.inclusion.orientation.web.api;

import java.util.List;
import java.util.Map;

import fr.inclusion.orientation.support.problem.FieldError;


/**
 * A service refused (4xx) or failed (5xx): its problem+json, kept to show the person what went wrong in French —
 * the services' {@code title}, {@code detail} and, for validation, {@code errors[]} with the field at fault.
 */
public class ApiProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;

    public ApiProblemException(int status, String title, String detail, List<FieldError> errors) {
        super(status + " " + title);
        this.status = status;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The message for each field at fault, by field name (the first one when a field has several). */
    public Map<String, String> byField() {
        java.util.Map<String, String> byField = new java.util.LinkedHashMap<>();
        errors.forEach(error -> byField.putIfAbsent(error.field(), error.message()));
        return byField;
    }
}
