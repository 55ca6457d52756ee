package fr.inclusion.orientation.referral.lifecycle.application;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.support.schedule.FixedDelayLoop;

/**
 * Finishes the re-routings a crash interrupted ({@link ReferralLifecycle#completePendingReroutes}), at start and then
 * every {@code orientation.referrals.reroute-sweep}, leaving alone those recorded less than one interval ago (their
 * request is completing them). Every instance may run it: each step is idempotent and conditional.
 */
@Component
class RerouteSweep extends FixedDelayLoop {

    private static final Logger log = LoggerFactory.getLogger(RerouteSweep.class);

    private final ReferralLifecycle lifecycle;
    private final Duration interval;

    RerouteSweep(ReferralLifecycle lifecycle, @Value("${orientation.referrals.reroute-sweep:10s}") Duration interval) {
        super("reroute-sweep", Duration.ZERO, interval);
        this.lifecycle = lifecycle;
        this.interval = interval;
    }

    @Override
    protected void runOnce() {
        try {
            lifecycle.completePendingReroutes(interval);
        } catch (RuntimeException e) {
            log.warn("Re-routing sweep failed, retried in {}: {}", interval, e.getClass().getSimpleName());
        }
    }
}
