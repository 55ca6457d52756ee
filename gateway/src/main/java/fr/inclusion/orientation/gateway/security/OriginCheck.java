package fr.inclusion.orientation.gateway.security;

import java.net.URI;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import fr.inclusion.orientation.gateway.config.Problems;
import reactor.core.publisher.Mono;

/**
 * Cross-site request forgery protection for the browser (ADR 0007): a request that changes state (any method but
 * GET, HEAD, OPTIONS, TRACE) and carries the session cookie must say it comes from our own site. Its {@code Origin}
 * (or, from an old browser that sends none, its {@code Referer}) must be the gateway's public origin or the origin
 * the request was sent to; otherwise 403 problem+json and nothing reaches a service. Requests without the session
 * cookie have no ambient authority to abuse and are left to the authentication rules (API clients use bearer
 * tokens, on the other chain).
 */
final class OriginCheck implements WebFilter {

    static final String SESSION_COOKIE = "SESSION";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private final String publicOrigin;

    OriginCheck(String publicOrigin) {
        this.publicOrigin = publicOrigin;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (SAFE.contains(request.getMethod()) || !request.getCookies().containsKey(SESSION_COOKIE)) {
            return chain.filter(exchange);
        }
        String claimed = claimedOrigin(request);
        if (claimed != null && (claimed.equals(publicOrigin) || claimed.equals(ownOrigin(request)))) {
            return chain.filter(exchange);
        }
        return Problems.write(exchange, HttpStatus.FORBIDDEN, "cross-site-request",
                "Requête d'un autre site refusée",
                "Cette action doit être faite depuis les pages d'Orientation numérique. Rechargez la page et "
                        + "recommencez.");
    }

    /** The Origin header, or the origin of the Referer when there is no Origin; null when neither is usable. */
    static String claimedOrigin(ServerHttpRequest request) {
        String origin = request.getHeaders().getFirst(HttpHeaders.ORIGIN);
        if (origin != null) {
            return "null".equals(origin) ? null : origin;
        }
        String referer = request.getHeaders().getFirst(HttpHeaders.REFERER);
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            return uri.getScheme() == null || uri.getRawAuthority() == null ? null
                    : uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }

    /** Where the request was sent (scheme and host as the gateway sees them, forwarded headers applied). */
    static String ownOrigin(ServerHttpRequest request) {
        URI uri = request.getURI();
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
