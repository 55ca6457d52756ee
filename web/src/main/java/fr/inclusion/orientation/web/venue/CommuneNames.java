package fr.inclusion.orientation.web.venue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A commune's name from its INSEE code (venue-service's reference data, the same for everyone and unchanging, so
 * kept once read). A page still shows the code when the name cannot be read: the referral matters more.
 */
@Component
public class CommuneNames {

    private static final Logger log = LoggerFactory.getLogger(CommuneNames.class);
    /** A département has a few hundred communes; more codes than this are not worth keeping. */
    private static final int MAX_KEPT = 5_000;

    private final RestClient venueApi;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    CommuneNames(@Qualifier("venueApi") RestClient venueApi) {
        this.venueApi = venueApi;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Commune(String code, String nom) {
    }

    /** The names of these codes, by code. */
    public Map<String, String> of(java.util.Collection<String> codes) {
        Map<String, String> named = new java.util.LinkedHashMap<>();
        codes.stream().filter(java.util.Objects::nonNull).distinct().forEach(code -> named.put(code, of(code)));
        return named;
    }

    public String of(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String known = names.get(code);
        if (known != null) {
            return known;
        }
        try {
            Commune commune = venueApi.get().uri("/api/territory/communes/{code}", code).retrieve()
                    .body(Commune.class);
            if (commune == null || commune.nom() == null || commune.nom().isBlank()) {
                return code;
            }
            if (names.size() < MAX_KEPT) {
                names.put(code, commune.nom());
            }
            return commune.nom();
        } catch (RuntimeException unreadable) {
            log.debug("Commune {} not named: {}", code, unreadable.toString());
            return code;
        }
    }
}
