package fr.inclusion.orientation.notification.outbound.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.inclusion.orientation.notification.outbound.domain.NotReplayable;
import fr.inclusion.orientation.notification.outbound.domain.OutboundMessageNotFound;
import fr.inclusion.orientation.support.web.Problems;

/** The outbound messages' own errors; everything else falls through to the shared problem-details advice. */
@RestControllerAdvice
class OutboundProblems {

    @ExceptionHandler(OutboundMessageNotFound.class)
    ProblemDetail notFound(OutboundMessageNotFound e, HttpServletRequest request) {
        return withInstance(Problems.of(HttpStatus.NOT_FOUND, "outbound-message-not-found", "Message introuvable",
                "Aucun message sortant (e-mail ou SMS) ne porte cet identifiant."), request);
    }

    @ExceptionHandler(NotReplayable.class)
    ProblemDetail notReplayable(NotReplayable e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "outbound-message-not-replayable",
                "Relance impossible", "Ce message est " + e.status().french()
                        + " : seuls les messages en échec peuvent être relancés.");
        problem.setProperty("messageStatus", e.status().code());
        return withInstance(problem, request);
    }

    private static ProblemDetail withInstance(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }
}
