package fr.inclusion.orientation.gateway.security;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.AuthorizationCodeReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.DelegatingReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.RefreshTokenReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.logout.DelegatingServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.SecurityContextServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutHandler;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.security.web.server.authentication.logout.WebSessionServerLogoutHandler;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.util.matcher.MediaTypeServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import fr.inclusion.orientation.gateway.config.GatewayProperties;

/**
 * The browser's sign-in at Keycloak: the gateway is the confidential OpenID Connect client {@code gateway}
 * (authorization code with PKCE). The client is described here rather than discovered from Keycloak, so that the
 * gateway starts while Keycloak is still down. Tokens (ID, access, refresh) stay in the session, in Redis, shared by
 * every gateway instance; the browser gets only the session cookie.
 */
@Configuration(proxyBeanMethods = false)
public class BrowserSignIn {

    /** The registration id, part of {@code /oauth2/authorization/keycloak} and of the redirect URI. */
    public static final String REGISTRATION_ID = "keycloak";
    public static final String SIGN_IN_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

    private final ReactiveClientRegistrationRepository registrations;
    private final ServerOAuth2AuthorizedClientRepository authorizedClients =
            new WebSessionServerOAuth2AuthorizedClientRepository();
    private final WebSessionServerRequestCache requestCache = new WebSessionServerRequestCache();

    BrowserSignIn(GatewayProperties properties) {
        this.registrations = new InMemoryReactiveClientRegistrationRepository(keycloak(properties.oidc()));
        // The page asked for is remembered as is: after sign-in the browser returns to /orientations/<id>, without
        // the "?continue" marker Spring adds by default. Only pages are remembered, never API calls.
        requestCache.setMatchingRequestParameterName(null);
        requestCache.setSaveRequestMatcher(pageRequests());
    }

    static ClientRegistration keycloak(GatewayProperties.Oidc oidc) {
        String issuer = oidc.issuerUri();
        return ClientRegistration.withRegistrationId(REGISTRATION_ID)
                .clientName("Keycloak")
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid")
                .authorizationUri(issuer + "/protocol/openid-connect/auth")
                .tokenUri(oidc.tokenUri())
                .jwkSetUri(oidc.jwkSetUri())
                .issuerUri(issuer)
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of(
                        "end_session_endpoint", issuer + "/protocol/openid-connect/logout"))
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }

    @Bean
    ReactiveClientRegistrationRepository clientRegistrationRepository() {
        return registrations;
    }

    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return authorizedClients;
    }

    /** Gives the session's access token, refreshed with the refresh token when it is about to expire. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager() {
        ReactiveOAuth2AuthorizedClientProvider provider = new DelegatingReactiveOAuth2AuthorizedClientProvider(
                new AuthorizationCodeReactiveOAuth2AuthorizedClientProvider(),
                new RefreshTokenReactiveOAuth2AuthorizedClientProvider());
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(provider);
        return manager;
    }

    ServerRequestCache requestCache() {
        return requestCache;
    }

    void configure(ServerHttpSecurity.OAuth2LoginSpec login) {
        DefaultServerOAuth2AuthorizationRequestResolver resolver =
                new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        // Keycloak's pages in French whatever the browser's language: the users are French public-sector staff
        resolver.setAuthorizationRequestCustomizer(request -> request
                .additionalParameters(parameters -> parameters.put("ui_locales", "fr")));
        RedirectServerAuthenticationSuccessHandler success = new RedirectServerAuthenticationSuccessHandler("/");
        success.setRequestCache(requestCache);
        login.clientRegistrationRepository(registrations)
                .authorizedClientRepository(authorizedClients)
                .authorizationRequestResolver(resolver)
                .authenticationSuccessHandler(success)
                // a refused or cancelled sign-in starts over rather than showing Spring's English error page
                .authenticationFailureHandler(new RedirectServerAuthenticationFailureHandler(BrowserPages.SIGN_IN_FAILED));
    }

    /**
     * Who is not signed in: a page request goes to Keycloak's sign-in (remembering the page), an API call or a
     * script gets a 401 problem+json.
     */
    ServerAuthenticationEntryPoint entryPoint(ServerAuthenticationEntryPoint problems) {
        RedirectServerAuthenticationEntryPoint toKeycloak = new RedirectServerAuthenticationEntryPoint(SIGN_IN_PATH);
        toKeycloak.setRequestCache(requestCache);
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(pageRequests(), toKeycloak));
        entryPoint.setDefaultEntryPoint(problems);
        return entryPoint;
    }

    /** A browser's navigation: GET, not under /api, and accepting HTML. */
    static ServerWebExchangeMatcher pageRequests() {
        MediaTypeServerWebExchangeMatcher html = new MediaTypeServerWebExchangeMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        ServerWebExchangeMatcher api = new OrServerWebExchangeMatcher(
                new PathPatternParserServerWebExchangeMatcher("/api/**"),
                new PathPatternParserServerWebExchangeMatcher("/actuator/**"));
        ServerWebExchangeMatcher get = ServerWebExchangeMatchers.pathMatchers(
                org.springframework.http.HttpMethod.GET, "/**");
        return exchange -> get.matches(exchange)
                .flatMap(match -> match.isMatch() ? new NegatedServerWebExchangeMatcher(api).matches(exchange)
                        : ServerWebExchangeMatcher.MatchResult.notMatch())
                .flatMap(match -> match.isMatch() ? html.matches(exchange)
                        : ServerWebExchangeMatcher.MatchResult.notMatch());
    }

    ServerLogoutHandler logoutHandler() {
        return new DelegatingServerLogoutHandler(new SecurityContextServerLogoutHandler(),
                new WebSessionServerLogoutHandler());
    }

    /** Ends Keycloak's session too (RP-initiated logout), then Keycloak sends the browser back to our root. */
    ServerLogoutSuccessHandler logoutSuccessHandler() {
        OidcClientInitiatedServerLogoutSuccessHandler handler =
                new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        handler.setLogoutSuccessUrl(URI.create("/"));
        return handler;
    }

}
