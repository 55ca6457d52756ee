package fr.inclusion.orientation.support.problem;

import java.util.List;

/**
 * 400 {@code validation} "Requête invalide": the request names fields or parameters that are absent or invalid,
 * listed in {@code errors: [{field, message}]}.
 */
public class InvalidFieldsException extends ProblemException {

    public static final String TYPE = "validation";

    private final transient List<FieldError> errors;

    public InvalidFieldsException(String detail, List<FieldError> errors) {
        this(TYPE, detail, errors);
    }

    /** The same shape under a type of its own (e.g. {@code idempotency-key-required}). */
    protected InvalidFieldsException(String type, String detail, List<FieldError> errors) {
        super(400, type, "Requête invalide", detail);
        this.errors = List.copyOf(errors);
        property("errors", this.errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
