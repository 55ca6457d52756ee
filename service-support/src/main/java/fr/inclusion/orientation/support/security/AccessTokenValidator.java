package fr.inclusion.orientation.support.security;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Accepts only access tokens meant for our services: {@code aud} contains the configured audience, and the Keycloak
 * {@code typ} claim is {@code Bearer} (an ID token of the same realm, same signature and issuer, says {@code ID};
 * a refresh token {@code Refresh}). Added to the resource server's token decoder next to the issuer and date checks;
 * a refusal is a 401 like any invalid token.
 */
public final class AccessTokenValidator implements OAuth2TokenValidator<Jwt> {

    static final String TYPE_CLAIM = "typ";
    static final String BEARER = "Bearer";

    private final String audience;

    public AccessTokenValidator(String audience) {
        if (audience == null || audience.isBlank()) {
            throw new IllegalArgumentException("orientation.security.audience must name the tokens' audience");
        }
        this.audience = audience;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        List<OAuth2Error> errors = new ArrayList<>(2);
        List<String> audiences = jwt.getAudience();
        if (audiences == null || !audiences.contains(audience)) {
            errors.add(invalid("The token is not meant for this audience (aud must contain " + audience + ")"));
        }
        // the scheme is case-insensitive (RFC 6750), and so is Keycloak's lower-case option
        if (!BEARER.equalsIgnoreCase(jwt.getClaimAsString(TYPE_CLAIM))) {
            errors.add(invalid("The token is not an access token (typ must be Bearer)"));
        }
        return errors.isEmpty() ? OAuth2TokenValidatorResult.success() : OAuth2TokenValidatorResult.failure(errors);
    }

    private static OAuth2Error invalid(String description) {
        return new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
    }
}
