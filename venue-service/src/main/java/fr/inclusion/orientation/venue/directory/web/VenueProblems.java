package fr.inclusion.orientation.venue.directory.web;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.exc.MismatchedInputException;

import fr.inclusion.orientation.support.web.JsonPaths;
import fr.inclusion.orientation.support.web.Problems;
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
                .map(error -> new Violation(jsonPath(body, error.getField()), error.getDefaultMessage()))
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

    /** {@code stops[0].from} of a record whose components carry {@code @JsonProperty}: the name the JSON uses. */
    static String jsonPath(Class<?> root, String javaPath) {
        StringBuilder path = new StringBuilder();
        Class<?> current = root;
        for (String segment : javaPath.split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            String index = bracket < 0 ? "" : segment.substring(bracket);
            String jsonName = name;
            Class<?> next = null;
            Field field = current == null ? null : field(current, name);
            if (field != null) {
                JsonProperty property = field.getAnnotation(JsonProperty.class);
                if (property != null && !property.value().isEmpty()) {
                    jsonName = property.value();
                }
                next = elementType(field.getGenericType());
            }
            path.append(path.isEmpty() ? "" : ".").append(jsonName).append(index);
            current = next;
        }
        return path.toString();
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Class<?> elementType(Type type) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return type instanceof Class<?> plain ? plain : null;
    }
}
