package fr.inclusion.orientation.venue.directory.web;

import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import tools.jackson.databind.exc.MismatchedInputException;

import fr.inclusion.orientation.support.web.Problems;
import fr.inclusion.orientation.venue.directory.application.JsonPaths;
import fr.inclusion.orientation.venue.directory.domain.InvalidVenueException;
import fr.inclusion.orientation.venue.directory.domain.Violation;

/**
 * A venue body that cannot be accepted as read. Runs before the shared {@code ProblemDetailsAdvice} (which renders
 * the venue exceptions themselves) and, unlike it, names invalid fields as the JSON body does (the standard's
 * {@code code_postal}, not the Java {@code codePostal}), so that a producer can match errors to the columns of their
 * file.
 */
@RestControllerAdvice(assignableTypes = {VenueController.class, VenueLifecycleController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class VenueProblems {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        Class<?> body = e.getParameter().getParameterType();
        return Problems.of(new InvalidVenueException(e.getBindingResult().getFieldErrors().stream()
                .map(error -> new Violation(JsonPaths.of(body, error.getField()), error.getDefaultMessage()))
                .toList()));
    }

    /** A value of the wrong type (text for a latitude, an impossible date) names its field; broken JSON does not. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return Problems.of(new InvalidVenueException(List.of(
                    Violation.unexpectedType(JsonPaths.of(mismatch.getPath())))));
        }
        return Problems.malformedBody();
    }
}
