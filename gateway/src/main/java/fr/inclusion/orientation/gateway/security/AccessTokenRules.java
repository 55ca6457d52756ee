package fr.inclusion.orientation.gateway.security;

import java.util.List;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * What makes a token of our realm acceptable here, beyond signature, issuer and expiry (checked by the decoder):
 * it is an access token ({@code typ: Bearer}; Keycloak's ID and refresh tokens say {@code ID} and
 * {@code Refresh}) and it is meant for us ({@code aud} names the audience, {@code gateway} by default). A token
 * that fails is a {@link JwtValidationException}, which the resource server answers with 401.
 */
final class AccessTokenRules {

    private AccessTokenRules() {
    }

    static OAuth2TokenValidator<Jwt> validator(String audience) {
        OAuth2TokenValidator<Jwt> accessToken = new JwtClaimValidator<String>("typ", "Bearer"::equals);
        OAuth2TokenValidator<Jwt> meantForUs = new JwtClaimValidator<List<String>>("aud",
                aud -> aud != null && aud.contains(audience));
        return new DelegatingOAuth2TokenValidator<>(accessToken, meantForUs);
    }

    /** The decoder, then these rules on what it decoded. */
    static ReactiveJwtDecoder checking(ReactiveJwtDecoder decoder, String audience) {
        OAuth2TokenValidator<Jwt> rules = validator(audience);
        return token -> decoder.decode(token).flatMap(jwt -> {
            OAuth2TokenValidatorResult result = rules.validate(jwt);
            if (result.hasErrors()) {
                List<OAuth2Error> errors = List.copyOf(result.getErrors());
                return Mono.error(new JwtValidationException("Token not accepted here", errors));
            }
            return Mono.just(jwt);
        });
    }
}
