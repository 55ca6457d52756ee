package fr.inclusion.orientation.notification.preferences.domain;

import java.util.List;

/** A preference change that breaks the rules; each violation names the field and says why, in French. */
public class InvalidPreferences extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidPreferences(List<Violation> violations) {
        super("Invalid preferences: " + violations.size() + " violation(s)");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One broken rule, with the path of the field in the request ({@code kinds[0].channels}). */
    public record Violation(String field, String message) {
    }
}
