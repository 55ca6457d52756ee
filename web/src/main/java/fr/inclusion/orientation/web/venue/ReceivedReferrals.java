package fr.inclusion.orientation.web.venue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import fr.inclusion.orientation.support.page.Page;

/**
 * referral-service as the venue staff use it, with their own token: the referrals addressed to their venue (the
 * service scopes the list to it) and the venue's moves on one. Each read of one referral is audited by the service;
 * a 4xx or 5xx comes back as an {@code ApiProblemException}.
 */
@Component
class ReceivedReferrals {

    static final int PAGE_SIZE = 20;

    private final RestClient referralApi;

    ReceivedReferrals(@Qualifier("referralApi") RestClient referralApi) {
        this.referralApi = referralApi;
    }

    /** @param status an API status code, or null for all */
    Page<ReceivedReferral> list(String venueId, String status, int page) {
        return referralApi.get()
                .uri(uri -> uri.path("/api/referrals")
                        .queryParamIfPresent("status", Optional.ofNullable(status))
                        .queryParam("venueId", venueId)
                        .queryParam("page", page)
                        .queryParam("size", PAGE_SIZE)
                        .build())
                .retrieve()
                .body(new ParameterizedTypeReference<Page<ReceivedReferral>>() {
                });
    }

    ReceivedReferral get(String id) {
        return referralApi.get().uri("/api/referrals/{id}", id).retrieve().body(ReceivedReferral.class);
    }

    void accept(String id) {
        referralApi.post().uri("/api/referrals/{id}/accept", id).retrieve().toBodilessEntity();
    }

    void decline(String id, String reason, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", blankToNull(reason));
        body.put("message", blankToNull(message));
        post("/api/referrals/{id}/decline", id, body);
    }

    void close(String id, String outcome, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", blankToNull(outcome));
        body.put("note", blankToNull(note));
        post("/api/referrals/{id}/close", id, body);
    }

    private void post(String path, String id, Map<String, Object> body) {
        referralApi.post().uri(path, id).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toBodilessEntity();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
