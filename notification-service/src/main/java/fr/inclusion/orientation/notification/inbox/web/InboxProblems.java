package fr.inclusion.orientation.notification.inbox.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.inclusion.orientation.notification.inbox.domain.NotificationNotFound;
import fr.inclusion.orientation.support.web.Problems;

/** The inbox's own errors; everything else falls through to the shared problem-details advice. */
// before the shared catch-all advice, which would otherwise answer 500
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
class InboxProblems {

    @ExceptionHandler(NotificationNotFound.class)
    ProblemDetail notFound(NotificationNotFound e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "notification-not-found",
                "Notification introuvable", "Cette notification n'existe pas dans votre boîte de réception.");
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    @ExceptionHandler(TooManyStreams.class)
    ResponseEntity<ProblemDetail> tooManyStreams(TooManyStreams e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-streams",
                "Trop de connexions en direct", "Vous avez déjà " + e.max() + " connexions en direct ouvertes "
                        + "(onglets, appareils) : fermez-en une ou réessayez dans quelques instants.");
        problem.setInstance(URI.create(request.getRequestURI()));
        // the stream endpoint produces text/event-stream: the problem says what it is itself
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, e.retryAfter().toSeconds())))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(StreamTokenExpired.class)
    ResponseEntity<ProblemDetail> tokenExpired(StreamTokenExpired e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "authentication-required",
                "Authentification requise", "Votre jeton d'accès a expiré : reconnectez-vous avec un jeton neuf.");
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
