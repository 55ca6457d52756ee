package fr.inclusion.orientation.notification.inbox.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
}
