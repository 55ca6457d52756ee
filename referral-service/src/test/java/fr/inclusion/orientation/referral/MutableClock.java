package fr.inclusion.orientation.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in tests: the real time until a test sets an instant, so tests that do not care are not
 * affected, and service-level tests move time forward without waiting.
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> fixed;
    private final ZoneId zone;

    public MutableClock() {
        this(new AtomicReference<>(), ZoneOffset.UTC);
    }

    private MutableClock(AtomicReference<Instant> fixed, ZoneId zone) {
        this.fixed = fixed;
        this.zone = zone;
    }

    public void set(Instant instant) {
        fixed.set(instant);
    }

    /** Back to the real time. */
    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant instant = fixed.get();
        return instant == null ? Instant.now() : instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving instant seen from another zone (setting the time on either moves both). */
    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(fixed, other);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MutableClock mutableClock() {
            return new MutableClock();
        }
    }
}
