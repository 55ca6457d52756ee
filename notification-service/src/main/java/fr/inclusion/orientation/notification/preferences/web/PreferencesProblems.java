package fr.inclusion.orientation.notification.preferences.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.inclusion.orientation.notification.preferences.domain.InvalidPreferences;
import fr.inclusion.orientation.support.web.Problems;

/** A change that breaks the preference rules is a validation problem listing every field at fault. */
// before the shared catch-all advice, which would otherwise answer 500
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = PreferencesController.class)
class PreferencesProblems {

    @ExceptionHandler(InvalidPreferences.class)
    ProblemDetail invalid(InvalidPreferences e, HttpServletRequest request) {
        ProblemDetail problem = Problems.validation("Ces préférences de notification ne sont pas valides.",
                e.violations().stream().map(v -> new Problems.FieldError(v.field(), v.message())).toList());
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
