package fr.inclusion.orientation.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

class AccessTokenValidatorTest {

    private final AccessTokenValidator validator = new AccessTokenValidator("gateway");

    @Test
    void anAccessTokenForOurAudienceIsAccepted() {
        assertThat(validator.validate(token(c -> { })).hasErrors()).isFalse();
    }

    @Test
    void ourAudienceAmongOthersIsEnough() {
        // Keycloak adds "account" when the user has roles of the account client
        assertThat(validator.validate(token(c -> c.put("aud", List.of("account", "gateway")))).hasErrors())
                .isFalse();
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        OAuth2TokenValidatorResult result = validator.validate(token(c -> c.put("aud", List.of("account"))));

        assertThat(result.getErrors()).extracting(OAuth2Error::getErrorCode).containsExactly("invalid_token");
        assertThat(result.getErrors()).extracting(OAuth2Error::getDescription)
                .singleElement().asString().contains("aud");
    }

    @Test
    void aTokenWithoutAudienceIsRefused() {
        assertThat(validator.validate(token(c -> c.remove("aud"))).hasErrors()).isTrue();
    }

    @Test
    void anIdTokenIsRefusedEvenForOurAudience() {
        OAuth2TokenValidatorResult result = validator.validate(token(c -> c.put("typ", "ID")));

        assertThat(result.getErrors()).extracting(OAuth2Error::getDescription)
                .singleElement().asString().contains("typ");
    }

    @Test
    void aRefreshTokenOrATokenWithoutTypeIsRefused() {
        assertThat(validator.validate(token(c -> c.put("typ", "Refresh"))).hasErrors()).isTrue();
        assertThat(validator.validate(token(c -> c.remove("typ"))).hasErrors()).isTrue();
    }

    @Test
    void theBearerTypeIsReadWhateverItsCase() {
        assertThat(validator.validate(token(c -> c.put("typ", "bearer"))).hasErrors()).isFalse();
    }

    @Test
    void bothFaultsAreReported() {
        OAuth2TokenValidatorResult result = validator.validate(token(c -> {
            c.put("aud", "cli");
            c.put("typ", "ID");
        }));

        assertThat(result.getErrors()).hasSize(2);
    }

    @Test
    void anAudienceMustBeConfigured() {
        assertThatThrownBy(() -> new AccessTokenValidator(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Jwt token(Consumer<Map<String, Object>> change) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256")
                .issuer("http://127.0.0.1:8180/realms/orientation").subject("u")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300))
                .claim("aud", List.of("gateway")).claim("typ", "Bearer");
        builder.claims(change);
        return builder.build();
    }
}
