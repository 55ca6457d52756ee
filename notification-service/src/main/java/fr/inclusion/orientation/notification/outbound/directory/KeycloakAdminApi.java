package fr.inclusion.orientation.notification.outbound.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import fr.inclusion.orientation.notification.outbound.OutboundHttp;
import io.micrometer.observation.ObservationRegistry;

/**
 * Keycloak's admin REST API as the {@code notification-service} service account: a client-credentials token
 * (kept until shortly before it expires), user search by attribute, one user by id. Failures are exceptions; the
 * directory decides what they mean.
 */
class KeycloakAdminApi {

    private static final ParameterizedTypeReference<List<KeycloakUser>> USERS = new ParameterizedTypeReference<>() {
    };

    private final DirectoryProperties properties;
    private final RestClient http;
    private final Clock clock;
    private AccessToken token;

    KeycloakAdminApi(DirectoryProperties properties, ObservationRegistry observations, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = OutboundHttp.client(properties.connectTimeout(), properties.timeout(), observations)
                .baseUrl(properties.url().toString())
                .build();
    }

    /** Users whose attribute {@code name} is exactly {@code value} (Keycloak's {@code q=name:value} search). */
    List<KeycloakUser> usersWith(String name, String value) {
        return authorized(() -> http.get()
                .uri("/admin/realms/{realm}/users?q={q}&briefRepresentation=false&first=0&max={max}",
                        properties.realm(), name + ":" + value, properties.maxResults())
                .headers(h -> h.setBearerAuth(token()))
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .body(USERS));
    }

    Optional<KeycloakUser> user(String id) {
        return authorized(() -> {
            try {
                return Optional.ofNullable(http.get()
                        .uri("/admin/realms/{realm}/users/{id}", properties.realm(), id)
                        .headers(h -> h.setBearerAuth(token()))
                        .accept(MediaType.APPLICATION_JSON)
                        .retrieve()
                        .body(KeycloakUser.class));
            } catch (HttpClientErrorException.NotFound unknown) {
                return Optional.empty();
            }
        });
    }

    /** A 401 means the token was revoked or the realm restarted: forget it, so that the retry fetches a new one. */
    private <T> T authorized(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.UNAUTHORIZED)) {
                forgetToken();
            }
            throw e;
        }
    }

    private synchronized void forgetToken() {
        token = null;
    }

    private synchronized String token() {
        Instant now = clock.instant();
        if (token == null || !now.isBefore(token.renewAt())) {
            MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            form.add("grant_type", "client_credentials");
            form.add("client_id", properties.clientId());
            form.add("client_secret", properties.clientSecret());
            TokenResponse response = http.post()
                    .uri("/realms/{realm}/protocol/openid-connect/token", properties.realm())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .retrieve()
                    .body(TokenResponse.class);
            if (response == null || response.accessToken() == null) {
                throw new IllegalStateException("Keycloak token endpoint answered without an access token");
            }
            // renew 30 s before expiry (or half-way for very short tokens)
            long lifetime = Math.max(1, response.expiresIn());
            long margin = Math.min(30, lifetime / 2);
            token = new AccessToken(response.accessToken(), now.plusSeconds(lifetime - margin));
        }
        return token.value();
    }

    private record AccessToken(String value, Instant renewAt) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TokenResponse(@JsonProperty("access_token") String accessToken,
            @JsonProperty("expires_in") long expiresIn) {
    }
}
