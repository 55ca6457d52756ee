package fr.inclusion.orientation.referral.flows.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.inclusion.orientation.referral.flows.application.FlowQueries;
import fr.inclusion.orientation.referral.flows.application.InvalidFlowRequestException;
import fr.inclusion.orientation.referral.flows.domain.FlowReport;
import fr.inclusion.orientation.referral.flows.domain.GroupBy;
import fr.inclusion.orientation.referral.venues.domain.KnownVenue;
import fr.inclusion.orientation.referral.venues.domain.KnownVenues;
import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.security.Caller;

/** {@code /api/flows} and {@code /api/flows/export}: referral flows of a territory, for coordinators and admins. */
@RestController
@RequestMapping("/api/flows")
class FlowController {

    private final FlowQueries queries;
    private final KnownVenues venues;

    FlowController(FlowQueries queries, KnownVenues venues) {
        this.queries = queries;
        this.venues = venues;
    }

    @GetMapping
    FlowView flows(@AuthenticationPrincipal Jwt jwt, @RequestParam(required = false) String territory,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String groupBy) {
        return FlowView.of(named(queries.report(Caller.from(jwt), territory, from, to, groupBy)));
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) String format, @RequestParam(required = false) String territory,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String groupBy) {
        if (format != null && !format.isBlank() && !format.trim().equals("csv")) {
            throw new InvalidFlowRequestException(List.of(new FieldError("format",
                    "Format d'export inconnu ; seule la valeur csv est proposée.")));
        }
        FlowReport report = named(queries.report(Caller.from(jwt), territory, from, to, groupBy));
        String filename = "flux-%s-%s-%s-%s.csv".formatted(report.territory(), report.groupBy().value(),
                report.from(), report.to());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(("\uFEFF" + FlowCsv.of(report)).getBytes(StandardCharsets.UTF_8));
    }

    /** Venues are grouped by id: their names, as referral-service's read model knows them, label the groups. */
    private FlowReport named(FlowReport report) {
        return report.groupBy() == GroupBy.VENUE ? report.named(id -> venues.byId(id).map(KnownVenue::name)) : report;
    }
}
