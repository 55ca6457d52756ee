package fr.inclusion.orientation.venue.directory.web;

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

import tools.jackson.databind.exc.MismatchedInputException;

import fr.inclusion.orientation.support.web.Problems;
import fr.inclusion.orientation.venue.directory.application.JsonPaths;
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
                .map(error -> new Problems.FieldError(JsonPaths.of(body, error.getField()), error.getDefaultMessage()))
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
            String field = JsonPaths.of(mismatch.getPath());
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
}
