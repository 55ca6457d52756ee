package fr.inclusion.orientation.support.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A token decoder that remembers the tokens it has already checked until they expire: a user's access token comes
 * back with every request for minutes, and checking its RSA signature and claims again each time is a seventh of a
 * request's work. Only a token the wrapped decoder accepted is remembered, keyed by its exact text, and never past
 * its {@code exp}; at most {@value #MAX_TOKENS} are kept.
 */
public final class RecentTokens implements JwtDecoder {

    static final int MAX_TOKENS = 10_000;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final ConcurrentHashMap<String, Jwt> checked = new ConcurrentHashMap<>();

    public RecentTokens(JwtDecoder decoder, Clock clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Jwt known = checked.get(token);
        if (known != null) {
            if (isValidAt(known, now)) {
                return known;
            }
            checked.remove(token);
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null && isValidAt(jwt, now)) {
            if (checked.size() >= MAX_TOKENS) {
                checked.clear();
            }
            checked.put(token, jwt);
        }
        return jwt;
    }

    private static boolean isValidAt(Jwt jwt, Instant now) {
        return jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())
                && (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore()));
    }

    /** Wraps the application's token decoder, whichever configuration made it. */
    static BeanPostProcessor wrapping(Clock clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JwtDecoder decoder && !(bean instanceof RecentTokens)
                        ? new RecentTokens(decoder, clock) : bean;
            }
        };
    }
}
