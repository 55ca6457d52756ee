package fr.inclusion.orientation.gateway.security;

import java.util.Collection;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
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
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

import fr.inclusion.orientation.gateway.config.GatewayProperties;
import fr.inclusion.orientation.gateway.config.Problems;
import fr.inclusion.orientation.gateway.ratelimit.RateLimits;
import reactor.core.publisher.Mono;

/**
 * Two filter chains, chosen by how the caller authenticates.
 * <ul>
 * <li>API clients send {@code Authorization: Bearer …}: a stateless resource server, nothing kept between requests
 * (the chain of the bearer API as it always was).</li>
 * <li>Everything else is the browser: OpenID Connect sign-in with Keycloak (code flow with PKCE), tokens kept in the
 * session (Redis), only an HttpOnly session cookie in the browser; state-changing cookie requests must come from our
 * own origin ({@link OriginCheck}, ADR 0007).</li>
 * </ul>
 * Both answer 401/403 as problem+json, send the same security headers and share the per-user rate limit.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class GatewaySecurity {

    /** Open without a token: probes for the launcher and orchestrators, the API description, the pages' styles. */
    static final String[] PUBLIC_ENDPOINTS = {
        "/actuator/health", "/actuator/health/**", "/api-docs", "/assets/**", "/favicon.ico"
    };

    /** Keycloak's origin may receive the sign-in form's submission (form-action); nothing else leaves the site. */
    static String contentSecurityPolicy(GatewayProperties properties) {
        java.net.URI issuer = java.net.URI.create(properties.oidc().issuerUri());
        String keycloak = issuer.getScheme() + "://" + issuer.getRawAuthority();
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self' " + keycloak;
    }

    /**
     * A request the security firewall refuses (a {@code ..} segment, an encoded slash, a forbidden character) is a
     * 400 problem+json in French, not the firewall's empty 400.
     */
    @Bean
    ServerExchangeRejectedHandler problemRejectedHandler() {
        return (exchange, rejected) -> Problems.write(exchange, HttpStatus.BAD_REQUEST, "request-rejected",
                "Requête refusée", "L'adresse de la requête contient des caractères ou des segments refusés.");
    }

    /** 401 and 403 as problem+json, for both chains (it keeps no state). */
    private final ProblemSecurityHandlers problems = new ProblemSecurityHandlers();

    @Bean
    @Order(1)
    SecurityWebFilterChain bearerFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
            GatewayProperties properties, RateLimits rateLimits) {
        return sharedRules(http, properties, rateLimits)
                .securityMatcher(bearerRequests())
                .logout(logout -> logout.disable())
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PUBLIC_ENDPOINTS).permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.authenticationManager(tokenChecks(jwtDecoder, properties.oidc().audience())))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain browserFilterChain(ServerHttpSecurity http, BrowserSignIn signIn,
            GatewayProperties properties, RateLimits rateLimits) {
        return sharedRules(http, properties, rateLimits)
                .addFilterAt(new OriginCheck(properties.publicOrigin()), SecurityWebFiltersOrder.CSRF)
                .requestCache(cache -> cache.requestCache(signIn.requestCache()))
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PUBLIC_ENDPOINTS).permitAll()
                        .pathMatchers(BrowserPages.LOGIN, BrowserPages.LOGOUT, BrowserPages.SIGN_IN_FAILED).permitAll()
                        .anyExchange().authenticated())
                .oauth2Login(login -> signIn.configure(login))
                .oauth2Client(client -> client.authorizedClientRepository(signIn.authorizedClientRepository()))
                .logout(logout -> logout
                        .logoutUrl(BrowserPages.LOGOUT)
                        .logoutHandler(signIn.logoutHandler())
                        .logoutSuccessHandler(signIn.logoutSuccessHandler()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(signIn.entryPoint(problems))
                        .accessDeniedHandler(problems))
                .addFilterBefore(new BrowserPages(), SecurityWebFiltersOrder.LOGIN_PAGE_GENERATING)
                .build();
    }

    /**
     * What both chains do alike: no CSRF token (a bearer token is never sent by a browser on its own; the browser
     * chain's strict {@link OriginCheck} takes the CSRF filter's place, ADR 0007: no token to thread through every
     * form), neither HTTP Basic nor Spring's login form, the security headers, the per-user rate limit once the
     * caller is known.
     */
    static ServerHttpSecurity sharedRules(ServerHttpSecurity http, GatewayProperties properties,
            RateLimits rateLimits) {
        return http
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .headers(headers -> securityHeaders(headers, properties))
                .addFilterAfter(rateLimits.filter(), SecurityWebFiltersOrder.AUTHENTICATION);
    }

    /** Requests that carry a bearer token (whatever else they carry) are API calls. */
    static ServerWebExchangeMatcher bearerRequests() {
        return exchange -> {
            String authorization = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                    ? ServerWebExchangeMatcher.MatchResult.match()
                    : ServerWebExchangeMatcher.MatchResult.notMatch();
        };
    }

    /**
     * No inline script or style anywhere (CSP), no MIME sniffing, no framing, no full URLs in Referer, HSTS on HTTPS
     * requests only (Spring writes it only when the request is secure).
     */
    static void securityHeaders(ServerHttpSecurity.HeaderSpec headers, GatewayProperties properties) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.mode(Mode.DENY))
                .contentTypeOptions(options -> {
                })
                .hsts(hsts -> hsts.maxAge(java.time.Duration.ofDays(365)).includeSubdomains(true));
    }

    /**
     * Validates the token like Spring's resource server does, plus our realm's rules ({@link AccessTokenRules}:
     * meant for us, an access token), with one difference: when the signing keys cannot be fetched (Keycloak down),
     * the decoder fails with a raw client error, which would otherwise reach the caller as a misleading 503 for
     * "the service" or a 500. It becomes an {@link AuthenticationServiceException}, which the failure handler
     * rethrows and {@code config.ProblemExceptionHandler} answers as a 503 naming the identity service. A bad token
     * stays a 401.
     */
    static ReactiveAuthenticationManager tokenChecks(ReactiveJwtDecoder jwtDecoder, String audience) {
        JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(
                new RecentTokens(AccessTokenRules.checking(jwtDecoder, audience), java.time.Clock.systemUTC()));
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
