package fr.inclusion.orientation.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import fr.inclusion.orientation.testsupport.TestJwts;

/**
 * The decoder Spring Boot configures from the service's properties (here from a public key; in production from
 * Keycloak's key set) applies the access token rules of {@link ResourceServerSecurity} after its own checks.
 */
class BootTokenDecoderTest {

    @TempDir
    Path keys;

    @Test
    void theConfiguredDecoderAcceptsOurAccessTokensOnly() throws Exception {
        Path key = Files.writeString(keys.resolve("realm.pem"), TestJwts.publicKeyPem());

        runner(key).run(context -> {
            JwtDecoder decoder = context.getBean(JwtDecoder.class);

            assertThat(decoder.decode(TestJwts.admin("admin")).getSubject()).isEqualTo(TestJwts.subjectOf("admin"));
            assertThatThrownBy(() -> decoder.decode(TestJwts.otherAudience("admin", "account")))
                    .isInstanceOf(JwtValidationException.class).hasMessageContaining("aud");
            assertThatThrownBy(() -> decoder.decode(TestJwts.idToken("admin")))
                    .isInstanceOf(JwtValidationException.class).hasMessageContaining("typ");
        });
    }

    @Test
    void theAudienceIsASetting() throws Exception {
        Path key = Files.writeString(keys.resolve("realm.pem"), TestJwts.publicKeyPem());

        runner(key).withPropertyValues("orientation.security.audience=venue-service").run(context -> {
            JwtDecoder decoder = context.getBean(JwtDecoder.class);

            assertThat(decoder.decode(TestJwts.otherAudience("admin", "venue-service")).getSubject()).isNotNull();
            assertThatThrownBy(() -> decoder.decode(TestJwts.admin("admin")))
                    .isInstanceOf(JwtValidationException.class);
        });
    }

    private static WebApplicationContextRunner runner(Path key) {
        return new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(SecurityAutoConfiguration.class,
                        ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class))
                .withUserConfiguration(ResourceServerSecurity.class)
                .withPropertyValues("spring.security.oauth2.resourceserver.jwt.public-key-location=" + key.toUri());
    }
}
