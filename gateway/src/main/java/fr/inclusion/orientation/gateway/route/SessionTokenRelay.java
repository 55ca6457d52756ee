package fr.inclusion.orientation.gateway.route;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebSession;

import fr.inclusion.orientation.gateway.config.Problems;
import reactor.core.publisher.Mono;

/**
 * What a service receives from the browser: the signed-in user's access token from the session, refreshed with the
 * refresh token when it is about to expire, as {@code Authorization: Bearer …} (each service checks it again). The
 * browser's cookies never go further than the gateway. Bearer callers keep their own header untouched. When the
 * token can no longer be refreshed (the Keycloak session ended or expired), the gateway session ends too and the
 * answer is a 401 problem+json: the page signs in again.
 */
@Component
public class SessionTokenRelay implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(SessionTokenRelay.class);

    private final ReactiveOAuth2AuthorizedClientManager clients;

    public SessionTokenRelay(ReactiveOAuth2AuthorizedClientManager clients) {
        this.clients = clients;
    }

    @Override
    public int getOrder() {
        // before the routing filters (the Netty routing filter is last), after Spring's own request preparation
        return 10_000;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerWebExchange withoutCookies = exchange.mutate()
                .request(request -> request.headers(headers -> headers.remove(HttpHeaders.COOKIE)))
                .build();
        return exchange.getPrincipal()
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                .flatMap(principal -> principal.isPresent()
                        && principal.get() instanceof OAuth2AuthenticationToken signedIn
                                ? relay(signedIn, withoutCookies, chain)
                                : chain.filter(withoutCookies));
    }

    private Mono<Void> relay(OAuth2AuthenticationToken signedIn, ServerWebExchange exchange,
            GatewayFilterChain chain) {
        OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest
                .withClientRegistrationId(signedIn.getAuthorizedClientRegistrationId())
                .principal(signedIn)
                .attribute(ServerWebExchange.class.getName(), exchange)
                .build();
        return clients.authorize(request)
                .map(Optional::of)
                .onErrorResume(OAuth2AuthorizationException.class, refused -> {
                    log.info("Session token could not be refreshed ({}): the user signs in again",
                            refused.getError().getErrorCode());
                    return Mono.just(Optional.<OAuth2AuthorizedClient>empty());
                })
                .defaultIfEmpty(Optional.empty())
                .flatMap(client -> client.isPresent()
                        ? chain.filter(withToken(exchange, client.get()))
                        : sessionEnded(exchange));
    }

    private static ServerWebExchange withToken(ServerWebExchange exchange, OAuth2AuthorizedClient client) {
        String token = client.getAccessToken().getTokenValue();
        return exchange.mutate()
                .request(request -> request.headers(headers -> headers.setBearerAuth(token)))
                .build();
    }

    /**
     * The session is over: a page asked for again starts a fresh sign-in that comes back to it (the browser
     * follows the redirect without a session); anything else is told 401 problem+json.
     */
    static Mono<Void> sessionEnded(ServerWebExchange exchange) {
        Mono<Void> ended = exchange.getSession().flatMap(WebSession::invalidate);
        if (isPage(exchange)) {
            return ended.then(Mono.defer(() -> {
                exchange.getResponse().setStatusCode(HttpStatus.FOUND);
                exchange.getResponse().getHeaders().setLocation(exchange.getRequest().getURI());
                return exchange.getResponse().setComplete();
            }));
        }
        return ended.then(Problems.write(exchange, HttpStatus.UNAUTHORIZED, "session-expired", "Session expirée",
                "Votre session a expiré. Reconnectez-vous pour continuer."));
    }

    private static boolean isPage(ServerWebExchange exchange) {
        return exchange.getRequest().getMethod() == org.springframework.http.HttpMethod.GET
                && exchange.getRequest().getHeaders().getAccept().stream()
                        .anyMatch(type -> type.isCompatibleWith(org.springframework.http.MediaType.TEXT_HTML)
                                && !type.isWildcardType());
    }
}
