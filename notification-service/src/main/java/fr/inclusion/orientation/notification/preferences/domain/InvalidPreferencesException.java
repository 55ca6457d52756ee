package fr.inclusion.orientation.notification.preferences.domain;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.InvalidFieldsException;

/**
 * A preference change that breaks the rules; each error names the field (its path in the request,
 * {@code kinds[0].channels}) and says why, in French.
 */
public class InvalidPreferencesException extends InvalidFieldsException {

    public InvalidPreferencesException(List<FieldError> violations) {
        super("Ces préférences de notification ne sont pas valides.", violations);
    }
}
