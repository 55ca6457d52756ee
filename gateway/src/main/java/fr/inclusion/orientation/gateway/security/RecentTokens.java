package fr.inclusion.orientation.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * The gateway's token decoder remembering the tokens it already accepted until they expire: the same access token
 * comes with every request of a user for minutes, and its RSA signature and claims need checking once. Keyed by the
 * exact token text, never past its {@code exp}, at most {@value #MAX_TOKENS} kept; a refused token is never kept.
 */
final class RecentTokens implements ReactiveJwtDecoder {

    static final int MAX_TOKENS = 10_000;

    private final ReactiveJwtDecoder decoder;
    private final Clock clock;
    private final ConcurrentHashMap<String, Jwt> accepted = new ConcurrentHashMap<>();

    RecentTokens(ReactiveJwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        Jwt known = accepted.get(token);
        if (known != null) {
            if (isValidAt(known, clock.instant())) {
                return Mono.just(known);
            }
            accepted.remove(token);
        }
        return decoder.decode(token).doOnNext(jwt -> {
            if (isValidAt(jwt, clock.instant())) {
                if (accepted.size() >= MAX_TOKENS) {
                    accepted.clear();
                }
                accepted.put(token, jwt);
            }
        });
    }

    private static boolean isValidAt(Jwt jwt, Instant now) {
        return jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())
                && (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore()));
    }
}
