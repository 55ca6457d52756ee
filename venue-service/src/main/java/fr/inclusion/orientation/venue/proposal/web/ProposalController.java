package fr.inclusion.orientation.venue.proposal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import fr.inclusion.orientation.support.page.Page;
import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.proposal.application.ProposeCorrection;
import fr.inclusion.orientation.venue.proposal.application.VenueCorrections;
import fr.inclusion.orientation.venue.proposal.domain.ProposalPage;
import fr.inclusion.orientation.venue.proposal.domain.ProposalStatus;
import fr.inclusion.orientation.venue.proposal.domain.VenueProposal;

/**
 * Corrections: anyone signed in proposes ({@code POST /api/venues/{id}/proposals}, body = the fields to change in
 * the national standard's names plus an optional {@code comment}); coordinators of the venue's territory and admins
 * list and decide them under {@code /api/venue-proposals}.
 */
@RestController
class ProposalController {

    static final int COMMENT_MAX = 2000;
    static final int REASON_MAX = 1000;

    private final VenueCorrections corrections;

    ProposalController(VenueCorrections corrections) {
        this.corrections = corrections;
    }

    @PostMapping("/api/venues/{venueId}/proposals")
    ResponseEntity<ProposalView> propose(@PathVariable String venueId, @RequestBody JsonNode body,
            @AuthenticationPrincipal Jwt jwt) {
        if (!(body instanceof ObjectNode object)) {
            throw new InvalidProposalRequestException("changes",
                    "le corps doit être un objet JSON : les champs à corriger et un commentaire (comment)");
        }
        ObjectNode changes = object.deepCopy();
        JsonNode comment = changes.remove("comment");
        VenueProposal proposal = corrections.propose(new ProposeCorrection(venueId, changes, comment(comment),
                Caller.from(jwt)));
        return ResponseEntity.created(UriComponentsBuilder.fromPath("/api/venue-proposals/{id}")
                .buildAndExpand(proposal.id()).encode().toUri()).body(ProposalView.of(proposal));
    }

    @GetMapping("/api/venue-proposals")
    Page<ProposalView> list(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") @Min(value = 0, message = "doit être positif ou nul") int page,
            @RequestParam(defaultValue = "20") @Min(value = 1, message = "entre 1 et 100")
            @Max(value = 100, message = "entre 1 et 100") int size,
            @AuthenticationPrincipal Jwt jwt) {
        ProposalStatus wanted = null;
        if (status != null && !status.isBlank()) {
            wanted = ProposalStatus.fromValue(status.strip()).orElseThrow(() -> new InvalidProposalRequestException(
                    "status", "valeur inconnue « " + status + " » ; valeurs possibles : pending · approved · rejected"));
        }
        ProposalPage found = corrections.list(wanted, Caller.from(jwt), page, size);
        return new Page<>(found.items().stream().map(ProposalView::of).toList(), page, size,
                found.total());
    }

    @GetMapping("/api/venue-proposals/{id}")
    ProposalView proposal(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        return ProposalView.of(corrections.proposal(id, Caller.from(jwt)));
    }

    @PostMapping("/api/venue-proposals/{id}/approve")
    ProposalView approve(@PathVariable String id, @AuthenticationPrincipal Jwt jwt) {
        return ProposalView.of(corrections.approve(id, Caller.from(jwt)));
    }

    @PostMapping("/api/venue-proposals/{id}/reject")
    ProposalView reject(@PathVariable String id, @Valid @RequestBody RejectRequest body,
            @AuthenticationPrincipal Jwt jwt) {
        return ProposalView.of(corrections.reject(id, body.reason().strip(), Caller.from(jwt)));
    }

    private static String comment(JsonNode comment) {
        if (comment == null || comment.isNull()) {
            return null;
        }
        if (!comment.isString()) {
            throw new InvalidProposalRequestException("comment", "texte attendu");
        }
        String text = comment.asString().strip();
        if (text.codePointCount(0, text.length()) > COMMENT_MAX) {
            throw new InvalidProposalRequestException("comment", COMMENT_MAX + " caractères au plus");
        }
        return text.isEmpty() ? null : text;
    }

    /** @param reason why the proposal is rejected, shown to its author */
    record RejectRequest(
            @JsonProperty("reason") @NotBlank(message = "obligatoire : dites pourquoi la proposition est refusée")
            @Size(max = REASON_MAX, message = REASON_MAX + " caractères au plus") String reason) {
    }
}
