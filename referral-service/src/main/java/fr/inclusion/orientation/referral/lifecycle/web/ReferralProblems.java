package fr.inclusion.orientation.referral.lifecycle.web;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.inclusion.orientation.referral.lifecycle.application.CommuneNotServed;
import fr.inclusion.orientation.referral.lifecycle.application.IdempotencyKeyReused;
import fr.inclusion.orientation.referral.lifecycle.application.ReferralAccessDenied;
import fr.inclusion.orientation.referral.lifecycle.application.ReferralNotFound;
import fr.inclusion.orientation.referral.lifecycle.application.SameVenue;
import fr.inclusion.orientation.referral.lifecycle.application.VenueCannotReceive;
import fr.inclusion.orientation.referral.lifecycle.domain.ConcurrentReferralChange;
import fr.inclusion.orientation.referral.lifecycle.domain.IllegalTransition;
import fr.inclusion.orientation.referral.lifecycle.domain.InvalidReferral;
import fr.inclusion.orientation.support.web.Problems;

/**
 * Referral errors as problem+json, one stable type per error. Ordered before service-support's catch-all advice,
 * which would otherwise answer 500 for them.
 */
@RestControllerAdvice
@Order(0)
class ReferralProblems {

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalidRequest(InvalidRequest e) {
        ProblemDetail problem = Problems.validation(e.getMessage(), e.errors());
        problem.setType(java.net.URI.create(Problems.TYPE_BASE + e.type()));
        return problem;
    }

    @ExceptionHandler(InvalidReferral.class)
    ProblemDetail invalidReferral(InvalidReferral e) {
        List<Problems.FieldError> errors = e.violations().stream()
                .map(v -> new Problems.FieldError(v.field(), v.message()))
                .toList();
        return Problems.validation("Certains champs sont absents ou invalides.", errors);
    }

    @ExceptionHandler(ReferralAccessDenied.class)
    ProblemDetail accessDenied(ReferralAccessDenied e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Accès refusé", e.getMessage());
    }

    @ExceptionHandler(CommuneNotServed.class)
    ProblemDetail communeNotServed(CommuneNotServed e) {
        return Problems.of(HttpStatus.FORBIDDEN, "commune-not-served", "Commune hors de votre périmètre",
                e.getMessage());
    }

    @ExceptionHandler(ReferralNotFound.class)
    ProblemDetail notFound(ReferralNotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "referral-not-found", "Orientation introuvable", e.getMessage());
    }

    @ExceptionHandler(VenueCannotReceive.class)
    ProblemDetail venueCannotReceive(VenueCannotReceive e) {
        return switch (e.reason()) {
            case UNKNOWN_OR_INACTIVE -> Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "venue-unavailable",
                    "Lieu inconnu ou inactif", e.getMessage());
            case INTAKE_PAUSED -> Problems.of(HttpStatus.CONFLICT, "venue-intake-paused",
                    "Accueil des orientations suspendu", e.getMessage());
            case NEED_NOT_OFFERED -> Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "need-not-offered",
                    "Service non proposé par ce lieu", e.getMessage());
        };
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                "Clé d'idempotence déjà utilisée", e.getMessage());
    }

    @ExceptionHandler(IllegalTransition.class)
    ProblemDetail illegalTransition(IllegalTransition e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "illegal-transition", "Transition impossible",
                e.getMessage());
        problem.setProperty("currentStatus", e.from().code());
        return problem;
    }

    @ExceptionHandler(SameVenue.class)
    ProblemDetail sameVenue(SameVenue e) {
        return Problems.validation(e.getMessage(), List.of(new Problems.FieldError("venueId", e.getMessage())));
    }

    @ExceptionHandler(ConcurrentReferralChange.class)
    ProblemDetail concurrentChange(ConcurrentReferralChange e) {
        return Problems.of(HttpStatus.CONFLICT, "concurrent-update", "Modification concurrente", e.getMessage());
    }
}
