package fr.inclusion.orientation.venue.proposal.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.inclusion.orientation.support.web.Problems;
import fr.inclusion.orientation.venue.proposal.application.ProposalNoLongerApplicableException;
import fr.inclusion.orientation.venue.proposal.application.ProposalWithoutChangesException;
import fr.inclusion.orientation.venue.proposal.domain.ProposalAlreadyDecidedException;
import fr.inclusion.orientation.venue.proposal.domain.ProposalNotFoundException;
import fr.inclusion.orientation.venue.directory.domain.ConcurrentVenueChangeException;
import fr.inclusion.orientation.venue.directory.domain.InvalidVenueException;
import fr.inclusion.orientation.venue.directory.domain.VenueNotFoundException;
import fr.inclusion.orientation.venue.directory.domain.Violation;

/** Problems of the corrections API, before the shared {@code ProblemDetailsAdvice}; field names are the standard's. */
@RestControllerAdvice(assignableTypes = ProposalController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProposalProblems {

    @ExceptionHandler(InvalidVenueException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidVenueException e, HttpServletRequest request) {
        return problem(Problems.validation("Appliquées à la fiche actuelle, ces corrections ne respectent pas le "
                + "standard national : voir les champs en erreur.", errors(e.violations())), request);
    }

    @ExceptionHandler(InvalidProposalRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidProposalRequestException e, HttpServletRequest request) {
        return problem(Problems.validation("Certains champs sont absents ou invalides.",
                List.of(new Problems.FieldError(e.field(), e.reason()))), request);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        return problem(Problems.validation("Certains champs sont absents ou invalides.",
                e.getBindingResult().getFieldErrors().stream()
                        .map(error -> new Problems.FieldError(error.getField(), error.getDefaultMessage()))
                        .toList()), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "Corps de requête illisible",
                "Le corps de la requête n'est pas un JSON valide ou n'a pas la forme attendue."), request);
    }

    @ExceptionHandler(ProposalWithoutChangesException.class)
    ResponseEntity<ProblemDetail> nothingToChange(ProposalWithoutChangesException e, HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "proposal-without-changes", "Aucune correction",
                "La proposition ne change rien à la fiche actuelle du lieu : indiquez les champs à corriger et "
                        + "leur nouvelle valeur."), request);
    }

    @ExceptionHandler(VenueNotFoundException.class)
    ResponseEntity<ProblemDetail> venueNotFound(VenueNotFoundException e, HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "venue-not-found", "Lieu introuvable",
                "Aucun lieu n'a l'identifiant « " + e.venueId() + " »."), request);
    }

    @ExceptionHandler(ProposalNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(ProposalNotFoundException e, HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.NOT_FOUND, "proposal-not-found", "Proposition introuvable",
                "Aucune proposition « " + e.proposalId() + " » parmi celles que vous pouvez consulter."), request);
    }

    @ExceptionHandler(ProposalAlreadyDecidedException.class)
    ResponseEntity<ProblemDetail> alreadyDecided(ProposalAlreadyDecidedException e, HttpServletRequest request) {
        String decision = switch (e.status()) {
            case APPROVED -> "acceptée";
            case REJECTED -> "refusée";
            case PENDING -> "en cours de décision";
        };
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "proposal-already-decided",
                "Proposition déjà traitée", "Cette proposition a déjà été " + decision
                        + " ; une décision ne se prend qu'une fois.");
        problem.setProperty("proposalStatus", e.status().value());
        return problem(problem, request);
    }

    @ExceptionHandler(ProposalNoLongerApplicableException.class)
    ResponseEntity<ProblemDetail> noLongerApplicable(ProposalNoLongerApplicableException e,
            HttpServletRequest request) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "proposal-no-longer-applicable",
                "Proposition inapplicable", "La fiche du lieu a changé depuis la proposition : appliquées "
                        + "aujourd'hui, ces corrections ne respectent plus le standard. La proposition reste en "
                        + "attente ; refusez-la ou corrigez d'abord la fiche.");
        problem.setProperty("errors", errors(e.violations()));
        return problem(problem, request);
    }

    @ExceptionHandler(ConcurrentVenueChangeException.class)
    ResponseEntity<ProblemDetail> concurrentChange(ConcurrentVenueChangeException e, HttpServletRequest request) {
        return problem(Problems.of(HttpStatus.CONFLICT, "concurrent-update", "Modification concurrente",
                "La fiche du lieu a été modifiée pendant l'approbation ; la proposition reste en attente, "
                        + "recommencez."), request);
    }

    private static List<Problems.FieldError> errors(List<Violation> violations) {
        return violations.stream().map(v -> new Problems.FieldError(v.field(), v.message())).toList();
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }
}
