package fr.inclusion.orientation.venue.territory.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.inclusion.orientation.reference.territory.InvalidDepartementFileException;
import fr.inclusion.orientation.support.web.Problems;
import fr.inclusion.orientation.venue.territory.domain.CommuneNotFoundException;
import fr.inclusion.orientation.venue.territory.domain.InvalidFragilityFileException;

/** Problems of the territory API, before the shared {@code ProblemDetailsAdvice}. */
@RestControllerAdvice(assignableTypes = {TerritoryController.class, ContourController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class TerritoryProblems {

    @ExceptionHandler(CommuneNotFoundException.class)
    ResponseEntity<ProblemDetail> communeNotFound(CommuneNotFoundException e, HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "commune-not-found", "Commune introuvable",
                "Aucune commune du référentiel n'a le code INSEE « " + e.code() + " »."), request);
    }

    /** Nothing of the file was imported: it names the file as the field at fault. */
    @ExceptionHandler(InvalidFragilityFileException.class)
    ResponseEntity<ProblemDetail> invalidFile(InvalidFragilityFileException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-fragility-file",
                "Fichier de l'indice de fragilité numérique invalide", e.getMessage());
        problem.setProperty("errors", List.of(new Problems.FieldError(CsvUpload.PART, e.getMessage())));
        return problem(problem, request);
    }

    /** Nothing of the file was imported: it names the file as the field at fault, and the line. */
    @ExceptionHandler(InvalidDepartementFileException.class)
    ResponseEntity<ProblemDetail> invalidCommunesFile(InvalidDepartementFileException e,
            HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-communes-file",
                "Fichier des communes invalide", e.getMessage());
        problem.setProperty("line", e.line());
        problem.setProperty("errors", List.of(new Problems.FieldError(CsvUpload.PART, e.getMessage())));
        return problem(problem, request);
    }

    @ExceptionHandler(UploadException.class)
    ResponseEntity<ProblemDetail> upload(UploadException e, HttpServletRequest request) {
        ProblemDetail problem = Problems.of(e.status(), e.type(), e.title(), e.getMessage());
        if (e.status() == HttpStatus.BAD_REQUEST) {
            problem.setProperty("errors", List.of(new Problems.FieldError(CsvUpload.PART, e.getMessage())));
        }
        return problem(problem, request);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
