package fr.inclusion.orientation.referral.lifecycle.application;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Finishes the re-routings a crash interrupted ({@link ReferralLifecycle#completePendingReroutes}), at start and then
 * every {@code orientation.referrals.reroute-sweep}, leaving alone those recorded less than one interval ago (their
 * request is completing them). Every instance may run it: each step is idempotent and conditional.
 */
@Component
class RerouteSweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RerouteSweep.class);

    private final ReferralLifecycle lifecycle;
    private final Duration interval;
    private ScheduledExecutorService executor;

    RerouteSweep(ReferralLifecycle lifecycle, @Value("${orientation.referrals.reroute-sweep:10s}") Duration interval) {
        this.lifecycle = lifecycle;
        this.interval = interval;
    }

    private void sweep() {
        try {
            lifecycle.completePendingReroutes(interval);
        } catch (RuntimeException e) {
            log.warn("Re-routing sweep failed, retried in {}: {}", interval, e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("reroute-sweep").daemon(true)
                .factory());
        executor.scheduleWithFixedDelay(this::sweep, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
