package fr.inclusion.orientation.venue.exchange.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import fr.inclusion.orientation.venue.exchange.application.ImportProperties;

/**
 * A form upload over the limit fails while Spring parses the form, before any controller is chosen, so only an
 * advice bound to no controller sees it. The multipart limits are {@code orientation.import.max-size} (see
 * application.yml), hence the same problem as a raw body over the limit.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitProblems {

    private final ImportProperties properties;

    UploadLimitProblems(ImportProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return ExchangeProblems.problem(ExchangeProblems.tooLarge(properties), request, HttpHeaders.EMPTY);
    }
}
