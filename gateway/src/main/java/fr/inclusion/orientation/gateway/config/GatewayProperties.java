package fr.inclusion.orientation.gateway.config;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's own settings ({@code orientation.*} in application.yml, each from an environment variable).
 *
 * @param oidc       the OpenID Connect client of Keycloak used for browser sign-in, and the audience tokens must name
 * @param publicUrl  the address users type ({@code GATEWAY_PUBLIC_URL}); its origin is accepted on state-changing
 *                   cookie requests besides the request's own origin. Empty: only the request's own origin.
 * @param rateLimit  the per-user token bucket
 * @param http       request body limits
 */
@ConfigurationProperties("orientation")
public record GatewayProperties(Oidc oidc, String publicUrl, RateLimit rateLimit, Http http) {

    public record Oidc(String issuerUri, String tokenUri, String jwkSetUri, String clientId, String clientSecret,
            String audience) {
    }

    /** {@code perSecond} tokens are added every second, up to {@code burst}; a request takes one. */
    public record RateLimit(int perSecond, int burst) {
    }

    public record Http(DataSize maxBodySize, DataSize maxImportSize, List<String> importPaths) {
    }

    /** The origin ({@code scheme://host[:port]}) of the public URL, or null when none is configured. */
    public String publicOrigin() {
        if (publicUrl == null || publicUrl.isBlank()) {
            return null;
        }
        URI uri = URI.create(publicUrl.trim());
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
