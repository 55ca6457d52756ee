package fr.inclusion.orientation.referral.lifecycle.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import fr.inclusion.orientation.referral.audit.domain.IdentityRead;
import fr.inclusion.orientation.referral.lifecycle.application.ReferralAccessDeniedException;
import fr.inclusion.orientation.referral.lifecycle.application.ReferralLifecycle;
import fr.inclusion.orientation.referral.lifecycle.application.ReferralQueries;
import fr.inclusion.orientation.referral.lifecycle.domain.DeclineReason;
import fr.inclusion.orientation.referral.lifecycle.domain.Outcome;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.security.Caller;

/**
 * The moves after sending: {@code /decline}, {@code /close} (venue staff), {@code /cancel} (secretary),
 * {@code /reroute} (secretary or coordinator), and {@code /audit} (who read the resident's identity). Every answer
 * is 200 with the referral as the caller may see it, whether the move was just made or already was; bodies are
 * checked after the role, so a caller who may not act learns nothing from validation messages.
 */
@RestController
@RequestMapping("/api/referrals/{id}")
class LifecycleController {

    static final int MAX_MESSAGE = 2000;
    static final int MAX_REASON = 500;

    private final ReferralLifecycle lifecycle;
    private final ReferralQueries queries;

    LifecycleController(ReferralLifecycle lifecycle, ReferralQueries queries) {
        this.lifecycle = lifecycle;
        this.queries = queries;
    }

    record DeclineRequest(String reason, String message) {
    }

    record CloseRequest(String outcome, String note) {
    }

    record CancelRequest(String reason) {
    }

    record RerouteRequest(String venueId) {
    }

    /** One entry of the identity-read audit. */
    record AuditEntry(String who, java.time.Instant when, String referralId, String action) {
    }

    @PostMapping("/decline")
    ReferralView decline(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @RequestBody(required = false) DeclineRequest body) {
        Caller caller = requireRole(jwt, Caller.VENUE_STAFF,
                "Seul le personnel du lieu destinataire peut refuser une orientation.");
        DeclineRequest request = body == null ? new DeclineRequest(null, null) : body;
        DeclineReason reason = chosen(DeclineReason.fromCode(request.reason()), "reason", "Motif obligatoire ; "
                + "valeurs possibles : injoignable, non-eligible, session-complete, hors-competence, mobilite, doublon, "
                + "autre.", "message", request.message());
        return view(lifecycle.decline(id, reason, request.message(), caller), caller, "decline");
    }

    @PostMapping("/close")
    ReferralView close(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @RequestBody(required = false) CloseRequest body) {
        Caller caller = requireRole(jwt, Caller.VENUE_STAFF,
                "Seul le personnel du lieu destinataire peut clôturer une orientation.");
        CloseRequest request = body == null ? new CloseRequest(null, null) : body;
        Outcome outcome = chosen(Outcome.fromCode(request.outcome()), "outcome", "Issue obligatoire ; valeurs "
                + "possibles : resolved, partly_resolved, not_resolved, no_show.", "note", request.note());
        return view(lifecycle.close(id, outcome, request.note(), caller), caller, "close");
    }

    @PostMapping("/cancel")
    ReferralView cancel(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @RequestBody(required = false) CancelRequest body) {
        Caller caller = requireRole(jwt, Caller.SECRETARY,
                "Seule la secrétaire de mairie de la commune du résident peut annuler une orientation.");
        String reason = body == null ? null : body.reason();
        List<FieldError> errors = new ArrayList<>();
        tooLong(errors, "reason", reason, MAX_REASON);
        failOn(errors);
        return view(lifecycle.cancel(id, reason, caller), caller, "cancel");
    }

    /** 201 with the new referral and its Location; 200 when this re-routing was already made. */
    @PostMapping("/reroute")
    ResponseEntity<ReferralView> reroute(@AuthenticationPrincipal Jwt jwt, @PathVariable String id,
            @RequestBody(required = false) RerouteRequest body) {
        Caller caller = Caller.from(jwt);
        if (!caller.has(Caller.SECRETARY) && !caller.has(Caller.COORDINATOR)) {
            throw new ReferralAccessDeniedException(
                    "Seule la secrétaire de mairie de la commune ou un coordinateur du territoire peut réorienter.");
        }
        String venueId = body == null || body.venueId() == null ? "" : body.venueId().trim();
        List<FieldError> errors = new ArrayList<>();
        if (venueId.isEmpty()) {
            errors.add(new FieldError("venueId", "Le lieu vers lequel réorienter est obligatoire."));
        }
        tooLong(errors, "venueId", venueId, 200);
        failOn(errors);
        Referral replacement = lifecycle.reroute(id, venueId, caller);
        boolean created = replacement.pendingTransitions().size() == 1;
        return ResponseEntity.status(created ? 201 : 200)
                .location(java.net.URI.create("/api/referrals/" + replacement.id()))
                .body(view(replacement, caller, "reroute"));
    }

    /** Who read the resident's identity, when, through what: for the secretary who created it, or an admin. */
    @GetMapping("/audit")
    List<AuditEntry> audit(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        Caller caller = Caller.from(jwt);
        if (!caller.has(Caller.SECRETARY) && !caller.has(Caller.ADMIN)) {
            throw new ReferralAccessDeniedException(
                    "Seule la secrétaire qui a créé l'orientation, ou un administrateur, consulte son journal.");
        }
        List<IdentityRead> reads = queries.auditOf(id, caller);
        return reads.stream().map(r -> new AuditEntry(r.who(), r.when(), r.referralId(), r.action())).toList();
    }

    private ReferralView view(Referral referral, Caller caller, String action) {
        return ReferralView.of(queries.released(referral, caller, action));
    }

    private static Caller requireRole(Jwt jwt, String role, String frenchMessage) {
        Caller caller = Caller.from(jwt);
        if (!caller.has(role)) {
            throw new ReferralAccessDeniedException(frenchMessage);
        }
        return caller;
    }

    /** The coded choice of a move that comes with a text; a 400 when it is missing or the text is too long. */
    private static <T> T chosen(Optional<T> choice, String field, String missing, String textField, String text) {
        List<FieldError> errors = new ArrayList<>();
        if (choice.isEmpty()) {
            errors.add(new FieldError(field, missing));
        }
        tooLong(errors, textField, text, MAX_MESSAGE);
        failOn(errors);
        return choice.orElseThrow();
    }

    private static void tooLong(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "Au plus " + max + " caractères."));
        }
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("validation", "Certains champs sont absents ou invalides.", errors);
        }
    }
}
