package fr.inclusion.orientation.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.Map;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import fr.inclusion.orientation.gateway.config.GatewayProperties;
import fr.inclusion.orientation.gateway.config.Problems;
import reactor.core.publisher.Mono;

/**
 * One token bucket per user (the token's or the session's {@code sub}), per IP address for anonymous callers,
 * kept in Redis by Spring Cloud Gateway's {@link RedisRateLimiter} so that every gateway instance counts against the
 * same bucket. Over the limit: 429 problem+json with {@code Retry-After}, and the request goes no further. Probes
 * are never limited. It runs inside both security chains, just after authentication, where the caller is known.
 * When Redis cannot be reached the limiter lets requests through (and logs it): an outage of the counter must not
 * become an outage of the network.
 */
@Component
public class RateLimits {

    /** The limiter's configuration key; one policy for the whole public surface. */
    static final String POLICY = "gateway";

    private final RedisRateLimiter limiter;

    public RateLimits(RedisRateLimiter limiter, GatewayProperties properties) {
        this.limiter = limiter;
        GatewayProperties.RateLimit limit = properties.rateLimit();
        limiter.getConfig().put(POLICY, new RedisRateLimiter.Config()
                .setReplenishRate(limit.perSecond())
                .setBurstCapacity(limit.burst())
                .setRequestedTokens(1));
    }

    /**
     * The filter that {@code GatewaySecurity} places in each chain. Not a bean itself: WebFlux would run every
     * WebFilter bean a second time in its own chain.
     */
    public WebFilter filter() {
        return this::limit;
    }

    private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getPath().value().startsWith("/actuator/health")) {
            return chain.filter(exchange);
        }
        return callerKey(exchange)
                .flatMap(key -> limiter.isAllowed(POLICY, key))
                .flatMap(response -> response.isAllowed() ? chain.filter(exchange) : tooMany(exchange));
    }

    private Mono<String> callerKey(ServerWebExchange exchange) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(Authentication::isAuthenticated)
                .map(authentication -> "user:" + authentication.getName())
                .switchIfEmpty(Mono.fromSupplier(() -> "ip:" + remoteAddress(exchange)));
    }

    private static String remoteAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }

    /** A request needs {@code requestedTokens}; they come back at {@code replenishRate} per second. */
    private long retryAfterSeconds() {
        RedisRateLimiter.Config config = limiter.getConfig().get(POLICY);
        return Math.max(1, (long) Math.ceil((double) config.getRequestedTokens() / config.getReplenishRate()));
    }

    private Mono<Void> tooMany(ServerWebExchange exchange) {
        return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "Trop de requêtes",
                "Vous avez envoyé trop de requêtes en peu de temps. Réessayez dans quelques secondes.",
                Map.of(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds())));
    }
}
