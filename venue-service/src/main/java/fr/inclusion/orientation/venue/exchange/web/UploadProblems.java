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

import fr.inclusion.orientation.venue.exchange.application.ImportProperties;

/**
 * A form upload fails while Spring parses the form, before any controller is chosen, so only an advice bound to
 * no controller sees it: over the limit (the multipart limits are {@code orientation.import.max-size}, see
 * application.yml, hence the same problem as a raw body over the limit), or not a readable form at all.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    private final ImportProperties properties;

    UploadProblems(ImportProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return ExchangeProblems.problem(ExchangeProblems.tooLarge(properties), request, HttpHeaders.EMPTY);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadableForm(MultipartException e, HttpServletRequest request) {
        return ExchangeProblems.problem(Problems.of(HttpStatus.BAD_REQUEST, "malformed-form", "Formulaire illisible",
                "Le corps de la requête n'est pas un formulaire multipart/form-data valide (délimiteur absent ou "
                        + "contenu tronqué)."), request, HttpHeaders.EMPTY);
    }
}
