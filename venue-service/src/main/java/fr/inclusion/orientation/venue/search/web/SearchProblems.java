package fr.inclusion.orientation.venue.search.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.inclusion.orientation.support.web.Problems;
import fr.inclusion.orientation.venue.search.application.UnknownCommuneException;
import fr.inclusion.orientation.venue.search.application.UnknownTerritoryException;

/** Problems of the search and coverage endpoints, before the shared advice that catches everything else. */
@RestControllerAdvice(assignableTypes = {VenueSearchController.class, CoverageController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SearchProblems {

    private static final String INVALID = "Certains paramètres sont invalides : voir les champs en erreur.";

    @ExceptionHandler(InvalidSearchException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidSearchException e, HttpServletRequest request) {
        return problem(Problems.validation(INVALID, e.errors()), request);
    }

    @ExceptionHandler(UnknownCommuneException.class)
    ResponseEntity<ProblemDetail> unknownCommune(UnknownCommuneException e, HttpServletRequest request) {
        return problem(Problems.validation(INVALID, List.of(new Problems.FieldError("commune",
                "commune inconnue « " + e.code() + " » : code INSEE d'une commune du référentiel attendu "
                        + "(par exemple 55493 pour Sommeilles)"))), request);
    }

    @ExceptionHandler(UnknownTerritoryException.class)
    ResponseEntity<ProblemDetail> unknownTerritory(UnknownTerritoryException e, HttpServletRequest request) {
        return problem(Problems.validation(INVALID, List.of(new Problems.FieldError("territory",
                "territoire inconnu « " + e.territory() + " » : code de département (par exemple 55) ou SIREN "
                        + "d'EPCI (par exemple 245501184) attendu"))), request);
    }

    @ExceptionHandler(TerritoryNotAllowedException.class)
    ResponseEntity<ProblemDetail> otherTerritory(TerritoryNotAllowedException e, HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.FORBIDDEN, "territory-forbidden", "Accès refusé",
                "Vous ne pouvez consulter que la couverture de votre territoire."), request);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
