package fr.inclusion.orientation.web.coordinator;

import java.util.List;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import fr.inclusion.orientation.testsupport.TestJwts;

/** The tokens of {@link TestJwts} are trusted, under the web service's own token rules (audience, type). */
@TestConfiguration(proxyBeanMethods = false)
class TestTokens {

    @Bean
    JwtDecoder testJwtDecoder(List<OAuth2TokenValidator<Jwt>> validators) {
        return TestJwts.decoder(validators);
    }
}
