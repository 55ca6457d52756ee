package fr.inclusion.orientation.gateway.security;

import java.util.Collection;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

import reactor.core.publisher.Mono;

/**
 * One filter chain for the bearer API. It is stateless for now: nothing is kept between requests. When browser
 * login arrives, add {@code oauth2Login()}, a session-backed context repository and CSRF protection for cookie
 * requests here; the bearer path below stays as it is.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class GatewaySecurity {

    /** Open without a token: probes for the launcher and orchestrators, metrics for the scraper. */
    static final String[] PUBLIC_ENDPOINTS = {
        "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/api-docs"
    };

    @Bean
    SecurityWebFilterChain gatewayFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder) {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        return http
                // CSRF protects cookie-authenticated browsers; a bearer token is not sent automatically by a browser.
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PUBLIC_ENDPOINTS).permitAll()
                        .pathMatchers("/api/**").authenticated()
                        // Deny by default: whatever is added later (web UI, API docs) is opened explicitly.
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.authenticationManager(tokenChecks(jwtDecoder)))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    /**
     * Validates the token like Spring's resource server does, with one difference: when the signing keys cannot be
     * fetched (Keycloak down), the decoder fails with a raw client error, which would otherwise reach the caller as
     * a misleading 503 for "the service" or a 500. It becomes an {@link AuthenticationServiceException}, which the
     * failure handler rethrows and {@code config.ProblemExceptionHandler} answers as a 503 naming the identity
     * service. A bad token stays a 401.
     */
    static ReactiveAuthenticationManager tokenChecks(ReactiveJwtDecoder jwtDecoder) {
        JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(
                new RecentTokens(jwtDecoder, java.time.Clock.systemUTC()));
        manager.setJwtAuthenticationConverter(rolesConverter());
        return authentication -> manager.authenticate(authentication)
                .onErrorMap(error -> !(error instanceof AuthenticationException),
                        error -> new AuthenticationServiceException("Token could not be verified", error));
    }

    /** {@code roles: [secretary]} in the token becomes the authority {@code ROLE_secretary}, as in the services. */
    static Converter<Jwt, Mono<AbstractAuthenticationToken>> rolesConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(GatewaySecurity::authorities);
        converter.setPrincipalClaimName("sub");
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        Object roles = jwt.getClaims().get("roles");
        if (!(roles instanceof Collection<?> values)) {
            return List.of();
        }
        return values.stream()
                .map(String::valueOf)
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }
}
