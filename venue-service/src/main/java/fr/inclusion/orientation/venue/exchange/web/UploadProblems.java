package fr.inclusion.orientation.venue.exchange.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import fr.inclusion.orientation.support.web.Problems;
import fr.inclusion.orientation.support.web.RequestBodyLimit;

/**
 * A form upload fails while Spring parses the form (when the import or fragility endpoint asks for its file part),
 * whichever controller asked: over the limit (the multipart limits are {@code orientation.http.max-import-size}, see
 * application.yml, hence the same problem as a raw body over the limit), or not a readable form at all.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        ProblemDetail problem = RequestBodyLimit.problem(request);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableForm(MultipartException e, HttpServletRequest request) {
        return ExchangeProblems.problem(Problems.of(HttpStatus.BAD_REQUEST, "malformed-form", "Formulaire illisible",
                "Le corps de la requête n'est pas un formulaire multipart/form-data valide (délimiteur absent ou "
                        + "contenu tronqué)."), request, HttpHeaders.EMPTY);
    }
}
