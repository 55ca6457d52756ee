package fr.inclusion.orientation.referral.flows.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.inclusion.orientation.referral.flows.application.EscalationQueries;
import fr.inclusion.orientation.referral.flows.application.FlowQueries;
import fr.inclusion.orientation.referral.flows.application.InvalidFlowRequestException;
import fr.inclusion.orientation.referral.flows.domain.FlowReport;
import fr.inclusion.orientation.referral.flows.domain.GroupBy;
import fr.inclusion.orientation.referral.venues.domain.KnownVenue;
import fr.inclusion.orientation.referral.venues.domain.KnownVenues;
import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.security.Caller;

/**
 * What coordinators and admins see of a territory, venues labelled by referral-service's read model:
 * {@code /api/flows} and {@code /api/flows/export}, its referral flows; {@code /api/escalations}, the expired
 * referrals escalated to it.
 */
@RestController
class FlowController {

    private final FlowQueries flows;
    private final EscalationQueries escalations;
    private final KnownVenues venues;

    FlowController(FlowQueries flows, EscalationQueries escalations, KnownVenues venues) {
        this.flows = flows;
        this.escalations = escalations;
        this.venues = venues;
    }

    @GetMapping("/api/flows")
    FlowView flows(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String territory,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String groupBy) {
        return FlowView.of(named(flows.report(Caller.from(jwt), territory, from, to, groupBy)));
    }

    @GetMapping("/api/flows/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) String format, @RequestParam(required = false) String territory,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String groupBy) {
        if (format != null && !format.isBlank() && !format.trim().equals("csv")) {
            throw new InvalidFlowRequestException(List.of(new FieldError("format",
                    "Format d'export inconnu ; seule la valeur csv est proposée.")));
        }
        FlowReport report = named(flows.report(Caller.from(jwt), territory, from, to, groupBy));
        String filename = "flux-%s-%s-%s-%s.csv".formatted(report.territory(), report.groupBy().value(),
                report.from(), report.to());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(("\uFEFF" + FlowCsv.of(report)).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/api/escalations")
    EscalationView escalations(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String territory,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return EscalationView.of(escalations.escalations(Caller.from(jwt), territory, from, to, page, size), venues);
    }

    /** Venues are grouped by id: their names, as referral-service's read model knows them, label the groups. */
    private FlowReport named(FlowReport report) {
        return report.groupBy() == GroupBy.VENUE ? report.named(id -> venues.byId(id).map(KnownVenue::name)) : report;
    }
}
