package fr.inclusion.orientation.notification.preferences.domain;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.InvalidFieldsException;

/** A preference change that breaks the rules; each violation names the field and says why, in French. */
public class InvalidPreferencesException extends InvalidFieldsException {

    private final transient List<Violation> violations;

    public InvalidPreferencesException(List<Violation> violations) {
        super("Ces préférences de notification ne sont pas valides.",
                violations.stream().map(v -> new FieldError(v.field(), v.message())).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One broken rule, with the path of the field in the request ({@code kinds[0].channels}). */
    public record Violation(String field, String message) {
    }
}
