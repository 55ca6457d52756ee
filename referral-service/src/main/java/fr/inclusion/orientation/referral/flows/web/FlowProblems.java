package fr.inclusion.orientation.referral.flows.web;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.inclusion.orientation.referral.flows.application.FlowAccessDenied;
import fr.inclusion.orientation.referral.flows.application.InvalidFlowRequest;
import fr.inclusion.orientation.support.web.Problems;

/** Flow errors as problem+json, before service-support's catch-all advice. */
@RestControllerAdvice
@Order(0)
class FlowProblems {

    @ExceptionHandler(InvalidFlowRequest.class)
    ProblemDetail invalid(InvalidFlowRequest e) {
        return Problems.validation(e.getMessage(), e.errors().stream()
                .map(err -> new Problems.FieldError(err.field(), err.message())).toList());
    }

    @ExceptionHandler(FlowAccessDenied.class)
    ProblemDetail denied(FlowAccessDenied e) {
        return Problems.of(HttpStatus.FORBIDDEN, "territory-forbidden", "Territoire hors de votre périmètre",
                e.getMessage());
    }
}
