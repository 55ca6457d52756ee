package fr.inclusion.orientation.venue.directory.web;

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
import fr.inclusion.orientation.venue.directory.application.VenueHistoryNotAllowedException;

/** The lifecycle endpoints' own problem; the others are {@link VenueProblems}'. */
@RestControllerAdvice(assignableTypes = VenueLifecycleController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class VenueLifecycleProblems {

    @ExceptionHandler(VenueHistoryNotAllowedException.class)
    ResponseEntity<ProblemDetail> historyNotAllowed(VenueHistoryNotAllowedException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Accès refusé",
                "Seuls le personnel du lieu, les coordinateurs et les administrateurs consultent son historique.");
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
