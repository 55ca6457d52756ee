package fr.inclusion.orientation.venue.exchange.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.inclusion.orientation.support.web.Problems;
import fr.inclusion.orientation.venue.exchange.application.ImportsBusyException;
import fr.inclusion.orientation.venue.exchange.application.InvalidImportFileException;
import fr.inclusion.orientation.venue.exchange.domain.ImportJobNotFoundException;

/** Problems of imports and exports, before the shared {@code ProblemDetailsAdvice}. */
@RestControllerAdvice(assignableTypes = {VenueImportController.class, VenueExportController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExchangeProblems {

    static final String ACCEPTED_TYPES = "text/csv, application/json, multipart/form-data";

    @ExceptionHandler(InvalidImportFileException.class)
    ResponseEntity<ProblemDetail> invalidFile(InvalidImportFileException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-import-file",
                "Fichier d'import invalide", e.detail());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors().stream()
                    .map(v -> new Problems.FieldError(v.field(), v.message())).toList());
        }
        return problem(problem, request, HttpHeaders.EMPTY);
    }

    @ExceptionHandler(InvalidExchangeRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidExchangeRequestException e, HttpServletRequest request) {
        return problem(Problems.validation("Certains paramètres sont invalides.", List.of(e.error())), request,
                HttpHeaders.EMPTY);
    }

    @ExceptionHandler(UnsupportedImportTypeException.class)
    ResponseEntity<ProblemDetail> unsupportedType(UnsupportedImportTypeException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("Accept-Post", ACCEPTED_TYPES);
        return problem(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-import-type",
                "Type de fichier non pris en charge", "Type reçu : " + e.received() + ". Envoyez le fichier du "
                        + "standard national en text/csv (séparateur , ou ;) ou en application/json (tableau "
                        + "d'objets), ou dans la partie « file » d'un formulaire multipart/form-data."),
                request, headers);
    }

    @ExceptionHandler(ImportJobNotFoundException.class)
    ResponseEntity<ProblemDetail> jobNotFound(ImportJobNotFoundException e, HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "import-not-found", "Import introuvable",
                "Aucun de vos imports n'a l'identifiant « " + e.jobId() + " »."), request, HttpHeaders.EMPTY);
    }

    @ExceptionHandler(ImportsBusyException.class)
    ResponseEntity<ProblemDetail> busy(ImportsBusyException e, HttpServletRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "60");
        return problem(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "imports-busy", "Trop d'imports en cours",
                "Ce fichier n'a pas été importé : renvoyez-le dans quelques minutes."), request, headers);
    }

    static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, HttpServletRequest request,
            HttpHeaders headers) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).headers(headers).body(problem);
    }
}
