package fr.inclusion.orientation.support.security;

import java.util.Collection;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

import fr.inclusion.orientation.support.web.Problems;

/**
 * Every service is a resource server: it validates the Keycloak token itself (the gateway is not the only wall),
 * accepts only access tokens meant for it ({@link AccessTokenValidator}), maps the flat {@code roles} claim to
 * {@code ROLE_*} authorities and answers 401 / 403 as problem+json.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(AccessTokens.class)
public class ResourceServerSecurity {

    /**
     * Spring Boot adds every {@code OAuth2TokenValidator<Jwt>} bean to the token decoder it configures, after its
     * own issuer and date checks (test contexts do the same with their decoder, see test-support).
     */
    @Bean
    OAuth2TokenValidator<Jwt> accessTokenValidator(AccessTokens tokens) {
        return new AccessTokenValidator(tokens.audience());
    }

    @Bean
    SecurityFilterChain resourceServerFilterChain(HttpSecurity http, ObjectProvider<EndpointRoles> endpointRoles)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> Problems.write(response,
                HttpStatus.UNAUTHORIZED, "authentication-required", "Authentification requise",
                "Un jeton d'accès valide est nécessaire (en-tête Authorization: Bearer …).", request.getRequestURI());
        AccessDeniedHandler denied = (request, response, e) -> Problems.write(response, HttpStatus.FORBIDDEN,
                "forbidden", "Accès refusé", "Votre rôle ne permet pas cette action.", request.getRequestURI());
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> {
                    auth.requestMatchers("/actuator/health/**", "/actuator/info", "/actuator/prometheus",
                            "/v3/api-docs/**", "/error").permitAll();
                    endpointRoles.orderedStream().forEach(roles -> roles.configure(auth));
                    auth.anyRequest().authenticated();
                })
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesConverter()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied));
        return http.build();
    }

    /** Checked tokens are remembered until they expire (see {@link RecentTokens}). */
    @Bean
    static BeanPostProcessor recentTokens() {
        return RecentTokens.wrapping(java.time.Clock.systemUTC());
    }

    /** {@code roles: [secretary]} in the token becomes the authority {@code ROLE_secretary}. */
    public static Converter<Jwt, AbstractAuthenticationToken> rolesConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Collection<GrantedAuthority> authorities = Caller.strings(jwt.getClaim("roles")).stream()
                    .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                    .toList();
            return authorities;
        });
        converter.setPrincipalClaimName("sub");
        return converter;
    }
}
