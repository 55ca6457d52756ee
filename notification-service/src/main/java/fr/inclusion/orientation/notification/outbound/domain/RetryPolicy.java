package fr.inclusion.orientation.notification.outbound.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Exponential backoff between attempts, then parking. With the defaults (2 s, ×2, 5 attempts) a message is tried
 * at once, then after 2, 4, 8 and 16 s, and parked when the fifth attempt fails.
 *
 * @param initialDelay wait after the first failed attempt
 * @param multiplier   factor applied to the wait after each further failure
 * @param maxDelay     longest wait between two attempts
 * @param maxAttempts  attempts before the message is parked (at least 1)
 */
public record RetryPolicy(Duration initialDelay, double multiplier, Duration maxDelay, int maxAttempts) {

    public RetryPolicy {
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || maxDelay.isNegative()) {
            throw new IllegalArgumentException("delays must not be negative");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    /**
     * When to try again after {@code failedAttempts} attempts have failed (the last one just now), or empty when
     * that was the last attempt and the message must be parked.
     */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(delayAfter(failedAttempts)));
    }

    /** The wait after the given number of failed attempts (1 = after the first). */
    public Duration delayAfter(int failedAttempts) {
        double millis = initialDelay.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        if (millis >= maxDelay.toMillis()) {
            return maxDelay;
        }
        return Duration.ofMillis(Math.round(millis));
    }
}
