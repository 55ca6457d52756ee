package fr.inclusion.orientation.web.secretary;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import fr.inclusion.orientation.support.page.Page;

/**
 * What the secretary's pages ask referral-service: send (with the form's idempotency key), list, read, cancel and
 * re-route. Refusals come back as {@link fr.inclusion.orientation.web.api.ApiProblemException}s with the service's words.
 */
@Component
class ReferralClient {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final RestClient api;

    ReferralClient(@Qualifier("referralApi") RestClient api) {
        this.api = api;
    }

    /**
     * {@code POST /api/referrals} with {@code Idempotency-Key}: the referral created, or the one this key already
     * created (a second click, a reload of the POST).
     */
    Referral send(String idempotencyKey, NewReferral referral) {
        ResponseEntity<Referral> created = api.post().uri("/api/referrals")
                .header(IDEMPOTENCY_KEY, idempotencyKey)
                .contentType(MediaType.APPLICATION_JSON)
                .body(referral.body())
                .retrieve()
                .toEntity(Referral.class);
        return created.getBody() != null ? created.getBody() : new Referral(idOf(created.getHeaders().getLocation()));
    }

    /** {@code GET /api/referrals?status=&page=&size=}, as the service scopes it for her. */
    Page<Referral> list(String status, int page, int size) {
        Page<Referral> found = api.get().uri(uri -> {
            uri.path("/api/referrals").queryParam("page", page).queryParam("size", size);
            if (status != null) {
                uri.queryParam("status", status);
            }
            return uri.build();
        }).retrieve().body(new ParameterizedTypeReference<Page<Referral>>() {
                });
        return found == null ? Page.empty(page, size) : found;
    }

    /** {@code GET /api/referrals/{id}} with its history; a 404 (unknown or not hers) is an ApiProblemException. */
    Referral get(String id) {
        return api.get().uri("/api/referrals/{id}", id).retrieve().body(Referral.class);
    }

    /** {@code POST /api/referrals/{id}/cancel}; repeating it is harmless. */
    Referral cancel(String id, String reason) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", reason);
        return api.post().uri("/api/referrals/{id}/cancel", id).contentType(MediaType.APPLICATION_JSON).body(body)
                .retrieve().body(Referral.class);
    }

    /** {@code POST /api/referrals/{id}/reroute}: the new referral, linked to this one. */
    Referral reroute(String id, String venueId) {
        ResponseEntity<Referral> created = api.post().uri("/api/referrals/{id}/reroute", id)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("venueId", venueId))
                .retrieve().toEntity(Referral.class);
        return created.getBody() != null ? created.getBody() : new Referral(idOf(created.getHeaders().getLocation()));
    }

    private static String idOf(URI location) {
        if (location == null) {
            throw new IllegalStateException("referral-service answered without the referral nor its Location");
        }
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The body of {@code POST /api/referrals}, as API.md names it. */
    record NewReferral(String venueId, String need, String firstName, String contactChannel, String contactValue,
            String commune, List<String> constraints, String note, LocalDate deadline, boolean consentGiven,
            String consentVersion) {

        Map<String, Object> body() {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("channel", contactChannel);
            if (contactValue != null) {
                contact.put("value", contactValue);
            }
            Map<String, Object> resident = new LinkedHashMap<>();
            resident.put("firstName", firstName);
            resident.put("contact", contact);
            resident.put("commune", commune);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("venueId", venueId);
            body.put("need", need);
            body.put("resident", resident);
            body.put("constraints", constraints);
            if (note != null) {
                body.put("note", note);
            }
            if (deadline != null) {
                body.put("deadline", deadline.toString());
            }
            body.put("consent", Map.of("given", consentGiven, "wordingVersion", consentVersion));
            return body;
        }
    }

    /**
     * A referral as the API shows it to her; {@code resident} and the free texts are absent for whoever may not see
     * the resident.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Referral(String id, String status, String venueId, String need, String commune, List<String> constraints,
            LocalDate deadline, Resident resident, String note, Consent consent, String createdBy,
            Instant createdAt, Instant updatedAt, String reroutedFrom, String reroutedTo, String declineMessage,
            String closingNote, String cancelReason, List<Transition> history) {

        Referral {
            constraints = constraints == null ? List.of() : constraints;
            history = history == null ? List.of() : history;
        }

        Referral(String id) {
            this(id, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null);
        }

        String firstName() {
            return resident == null ? null : resident.firstName();
        }

        boolean cancellable() {
            return "sent".equals(status) || "accepted".equals(status);
        }

        boolean reroutable() {
            return ("declined".equals(status) || "expired".equals(status)) && reroutedTo == null;
        }

        /** The decline's coded reason, from the history. */
        String declineReason() {
            return history.stream().filter(t -> "declined".equals(t.to()) && !"declined".equals(t.from()))
                    .map(Transition::reason).findFirst().orElse(null);
        }

        /** The closing outcome, from the history. */
        String outcome() {
            return history.stream().filter(t -> "closed".equals(t.to())).map(Transition::reason).findFirst()
                    .orElse(null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Resident(String firstName, Contact contact, String commune) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Contact(String channel, String value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Consent(String wordingVersion, String recordedBy, Instant recordedAt) {
    }

    /** One move of the history; {@code from} is absent for the creation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Transition(String from, String to, String by, Instant at, String reason) {
    }
}
