package fr.inclusion.orientation.referral.lifecycle.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import fr.inclusion.orientation.referral.lifecycle.application.ReferralAccessDeniedException;
import fr.inclusion.orientation.referral.lifecycle.application.ReferralQueries;
import fr.inclusion.orientation.referral.lifecycle.application.ReferralRead;
import fr.inclusion.orientation.referral.lifecycle.application.ReferralRouting;
import fr.inclusion.orientation.referral.lifecycle.application.SendReferral;
import fr.inclusion.orientation.referral.lifecycle.application.Sent;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralStatus;
import fr.inclusion.orientation.support.page.Page;
import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.security.Caller;

/** {@code /api/referrals}: create (secretary), read and list within scope, accept (venue staff). */
@RestController
@RequestMapping("/api/referrals")
class ReferralController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_PAGE_SIZE = 100;

    private final ReferralRouting routing;
    private final ReferralQueries queries;
    private final RequestValidation validation;

    ReferralController(ReferralRouting routing, ReferralQueries queries, RequestValidation validation) {
        this.routing = routing;
        this.queries = queries;
        this.validation = validation;
    }

    /** 201 with Location for a new referral; 200 with the same referral when the key was already used. */
    @PostMapping
    ResponseEntity<ReferralView> send(@AuthenticationPrincipal Jwt jwt,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey,
            @RequestBody CreateReferralRequest body) {
        Caller caller = Caller.from(jwt);
        if (!caller.has(Caller.SECRETARY)) {
            throw new ReferralAccessDeniedException(
                    "Seule une secrétaire de mairie peut créer une orientation.");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 128) {
            throw new InvalidRequestException("idempotency-key-required",
                    "L'en-tête Idempotency-Key est obligatoire (une valeur unique par orientation, par exemple un "
                            + "UUID, d'au plus 128 caractères) : il permet de renvoyer la requête sans créer de "
                            + "doublon.",
                    List.of(new FieldError(IDEMPOTENCY_KEY, "En-tête obligatoire.")));
        }
        validation.check(body);
        Sent sent = routing.send(new SendReferral(idempotencyKey.trim(), body.toDraft()), caller);
        ReferralView view = ReferralView.of(queries.released(sent.referral(), caller,
                sent.replayed() ? "replay" : "create"));
        URI location = URI.create("/api/referrals/" + sent.referral().id());
        return ResponseEntity.status(sent.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(location)
                .header("Idempotent-Replayed", String.valueOf(sent.replayed()))
                .body(view);
    }

    @GetMapping("/{id}")
    ReferralView get(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        return ReferralView.of(queries.get(id, Caller.from(jwt)));
    }

    @GetMapping
    Page<ReferralView> list(@AuthenticationPrincipal Jwt jwt,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String venueId,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "20") String size) {
        ReferralStatus statusFilter = null;
        if (status != null && !status.isBlank()) {
            statusFilter = ReferralStatus.fromCode(status).orElseThrow(() -> invalidParameter("status",
                    "Statut inconnu ; valeurs possibles : sent, accepted, declined, closed, expired, cancelled."));
        }
        int pageNumber = number(page, "page", 0, Integer.MAX_VALUE / MAX_PAGE_SIZE,
                "La page doit être un entier positif ou nul.");
        int pageSize = number(size, "size", 1, MAX_PAGE_SIZE, "La taille de page doit être comprise entre 1 et 100.");
        Page<ReferralRead> found = queries.list(Caller.from(jwt), statusFilter,
                venueId == null || venueId.isBlank() ? null : venueId, pageNumber, pageSize);
        return found.map(ReferralView::of);
    }

    /** 200 with the referral, whether it was just accepted or already was. */
    @PostMapping("/{id}/accept")
    ReferralView accept(@AuthenticationPrincipal Jwt jwt, @PathVariable String id) {
        Caller caller = Caller.from(jwt);
        Referral referral = routing.accept(id, caller);
        return ReferralView.of(queries.released(referral, caller, "accept"));
    }

    private static int number(String raw, String field, int min, int max, String message) {
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range value
        }
        throw invalidParameter(field, message);
    }

    private static InvalidRequestException invalidParameter(String field, String message) {
        return new InvalidRequestException("validation", "Certains paramètres sont invalides.",
                List.of(new FieldError(field, message)));
    }
}
