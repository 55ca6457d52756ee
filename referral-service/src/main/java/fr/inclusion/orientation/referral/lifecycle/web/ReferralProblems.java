package fr.inclusion.orientation.referral.lifecycle.web;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.inclusion.orientation.referral.lifecycle.application.CommuneNotServedException;
import fr.inclusion.orientation.referral.lifecycle.application.IdempotencyKeyReusedException;
import fr.inclusion.orientation.referral.lifecycle.application.ReferralAccessDeniedException;
import fr.inclusion.orientation.referral.lifecycle.application.ReferralNotFoundException;
import fr.inclusion.orientation.referral.lifecycle.application.SameVenueException;
import fr.inclusion.orientation.referral.lifecycle.application.VenueCannotReceiveException;
import fr.inclusion.orientation.referral.lifecycle.domain.ConcurrentReferralChangeException;
import fr.inclusion.orientation.referral.lifecycle.domain.IllegalTransitionException;
import fr.inclusion.orientation.referral.lifecycle.domain.InvalidReferralException;
import fr.inclusion.orientation.support.web.Problems;

/**
 * Referral errors as problem+json, one stable type per error. Ordered before service-support's catch-all advice,
 * which would otherwise answer 500 for them.
 */
@RestControllerAdvice
@Order(0)
class ReferralProblems {

    @ExceptionHandler(InvalidRequestException.class)
    ProblemDetail invalidRequest(InvalidRequestException e) {
        ProblemDetail problem = Problems.validation(e.getMessage(), e.errors());
        problem.setType(java.net.URI.create(Problems.TYPE_BASE + e.type()));
        return problem;
    }

    @ExceptionHandler(InvalidReferralException.class)
    ProblemDetail invalidReferral(InvalidReferralException e) {
        List<Problems.FieldError> errors = e.violations().stream()
                .map(v -> new Problems.FieldError(v.field(), v.message()))
                .toList();
        return Problems.validation("Certains champs sont absents ou invalides.", errors);
    }

    @ExceptionHandler(ReferralAccessDeniedException.class)
    ProblemDetail accessDenied(ReferralAccessDeniedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Accès refusé", e.getMessage());
    }

    @ExceptionHandler(CommuneNotServedException.class)
    ProblemDetail communeNotServed(CommuneNotServedException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "commune-not-served", "Commune hors de votre périmètre",
                e.getMessage());
    }

    @ExceptionHandler(ReferralNotFoundException.class)
    ProblemDetail notFound(ReferralNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "referral-not-found", "Orientation introuvable", e.getMessage());
    }

    @ExceptionHandler(VenueCannotReceiveException.class)
    ProblemDetail venueCannotReceive(VenueCannotReceiveException e) {
        return switch (e.reason()) {
            case UNKNOWN_OR_INACTIVE -> Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "venue-unavailable",
                    "Lieu inconnu ou inactif", e.getMessage());
            case INTAKE_PAUSED -> Problems.of(HttpStatus.CONFLICT, "venue-intake-paused",
                    "Accueil des orientations suspendu", e.getMessage());
            case NEED_NOT_OFFERED -> Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "need-not-offered",
                    "Service non proposé par ce lieu", e.getMessage());
        };
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(IdempotencyKeyReusedException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                "Clé d'idempotence déjà utilisée", e.getMessage());
    }

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "illegal-transition", "Transition impossible",
                e.getMessage());
        problem.setProperty("currentStatus", e.from().code());
        return problem;
    }

    @ExceptionHandler(SameVenueException.class)
    ProblemDetail sameVenue(SameVenueException e) {
        return Problems.validation(e.getMessage(), List.of(new Problems.FieldError("venueId", e.getMessage())));
    }

    @ExceptionHandler(ConcurrentReferralChangeException.class)
    ProblemDetail concurrentChange(ConcurrentReferralChangeException e) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-update", "Modification concurrente", e.getMessage());
    }
}
