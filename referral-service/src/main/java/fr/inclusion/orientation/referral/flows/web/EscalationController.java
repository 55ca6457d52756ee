package fr.inclusion.orientation.referral.flows.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.inclusion.orientation.referral.flows.application.EscalationQueries;
import fr.inclusion.orientation.referral.venues.domain.KnownVenues;
import fr.inclusion.orientation.support.security.Caller;

/** {@code /api/escalations}: expired referrals escalated to a territory, for its coordinators and admins. */
@RestController
class EscalationController {

    private final EscalationQueries queries;
    private final KnownVenues venues;

    EscalationController(EscalationQueries queries, KnownVenues venues) {
        this.queries = queries;
        this.venues = venues;
    }

    @GetMapping("/api/escalations")
    EscalationView escalations(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String territory,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return EscalationView.of(queries.escalations(Caller.from(jwt), territory, from, to, page, size), venues);
    }
}
