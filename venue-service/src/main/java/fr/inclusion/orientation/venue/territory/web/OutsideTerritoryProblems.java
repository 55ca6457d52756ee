package fr.inclusion.orientation.venue.territory.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.inclusion.orientation.support.web.Problems;
import fr.inclusion.orientation.venue.territory.application.OutsideTerritoryException;

/**
 * The one mapping of a write outside the caller's territory, whichever controller it came through (venues, their
 * lifecycle, proposals, the fragility index): 403 {@code territory-forbidden}, the type the coverage's refusal
 * uses, with the places at fault in {@code errors}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OutsideTerritoryProblems {

    @ExceptionHandler(OutsideTerritoryException.class)
    ResponseEntity<ProblemDetail> outside(OutsideTerritoryException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "territory-forbidden", "Accès refusé",
                e.detail());
        problem.setProperty("errors", e.offences().stream()
                .map(o -> new Problems.FieldError(o.field(), o.reason())).toList());
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
