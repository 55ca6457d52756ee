package fr.inclusion.orientation.web.admin;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import fr.inclusion.orientation.testsupport.TestJwts;

/** The web service trusts the test key, with the token rules every service applies (audience, type). */
@TestConfiguration(proxyBeanMethods = false)
class TestTokens {

    @Bean
    JwtDecoder jwtDecoder(ObjectProvider<OAuth2TokenValidator<Jwt>> validators) {
        return TestJwts.decoder(validators.orderedStream().toList());
    }
}
