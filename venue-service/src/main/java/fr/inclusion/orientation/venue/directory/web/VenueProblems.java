package fr.inclusion.orientation.venue.directory.web;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

import fr.inclusion.orientation.support.web.Problems;
import fr.inclusion.orientation.venue.directory.application.VenueEditingNotAllowedException;
import fr.inclusion.orientation.venue.directory.domain.ConcurrentVenueChangeException;
import fr.inclusion.orientation.venue.directory.domain.InvalidVenueException;
import fr.inclusion.orientation.venue.directory.domain.VenueAlreadyExistsException;
import fr.inclusion.orientation.venue.directory.domain.VenueNotFoundException;

/**
 * Problems of the venue API. Runs before the shared {@code ProblemDetailsAdvice} (which catches everything) and,
 * unlike it, names invalid fields as the JSON body does (the standard's {@code code_postal}, not the Java
 * {@code codePostal}), so that a producer can match errors to the columns of their file.
 */
@RestControllerAdvice(assignableTypes = {VenueController.class, VenueLifecycleController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class VenueProblems {

    private static final String INVALID_VENUE = "La fiche du lieu ne respecte pas le standard national : "
            + "voir les champs en erreur.";

    @ExceptionHandler(InvalidVenueException.class)
    ResponseEntity<ProblemDetail> invalidVenue(InvalidVenueException e, HttpServletRequest request) {
        return problem(Problems.validation(INVALID_VENUE, e.violations().stream()
                .map(v -> new Problems.FieldError(v.field(), v.message())).toList()), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        Class<?> body = e.getParameter().getParameterType();
        List<Problems.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problems.FieldError(jsonPath(body, error.getField()), error.getDefaultMessage()))
                .toList();
        return problem(Problems.validation(INVALID_VENUE, errors), request);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException e, HttpServletRequest request) {
        return problem(Problems.validation("Certains paramètres sont invalides.", e.errors()), request);
    }

    /** A value of the wrong type (text for a latitude, an impossible date) names its field; broken JSON does not. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (e.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String field = path(mismatch.getPath());
            return problem(Problems.validation(INVALID_VENUE, List.of(new Problems.FieldError(field,
                    "valeur d'un type inattendu (texte, nombre, liste ou date AAAA-MM-JJ selon le champ)"))),
                    request);
        }
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "Corps de requête illisible",
                "Le corps de la requête n'est pas un JSON valide ou contient une valeur d'un type inattendu."),
                request);
    }

    @ExceptionHandler(VenueNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(VenueNotFoundException e, HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "venue-not-found", "Lieu introuvable",
                "Aucun lieu n'a l'identifiant « " + e.venueId() + " »."), request);
    }

    @ExceptionHandler(VenueAlreadyExistsException.class)
    ResponseEntity<ProblemDetail> alreadyExists(VenueAlreadyExistsException e, HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.CONFLICT, "venue-already-exists", "Lieu déjà enregistré",
                "Un lieu a déjà l'identifiant « " + e.venueId() + " » ; pour le modifier, utilisez PUT "
                        + "/api/venues/" + e.venueId() + "."), request);
    }

    @ExceptionHandler(ConcurrentVenueChangeException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrentVenueChangeException e, HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.CONFLICT, "concurrent-update", "Modification concurrente",
                "La fiche a été modifiée entre-temps ; rechargez-la puis recommencez."), request);
    }

    @ExceptionHandler(VenueEditingNotAllowedException.class)
    ResponseEntity<ProblemDetail> notAllowed(VenueEditingNotAllowedException e, HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Accès refusé",
                "Vous ne pouvez modifier que la fiche de votre propre lieu."), request);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
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
