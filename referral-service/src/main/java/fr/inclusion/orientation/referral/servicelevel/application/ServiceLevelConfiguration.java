package fr.inclusion.orientation.referral.servicelevel.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.inclusion.orientation.referral.audit.domain.IdentityAudit;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralUpkeep;
import fr.inclusion.orientation.referral.lifecycle.domain.Referrals;

/** The scheduler of this instance and its polling loop ({@code orientation.referrals.sla-poll}). */
@Configuration(proxyBeanMethods = false)
public class ServiceLevelConfiguration {

    @Bean
    ServiceLevelScheduler serviceLevelScheduler(Referrals referrals, ReferralUpkeep upkeep,
            ServiceLevelStore store, Clock clock,
            @Value("${orientation.referrals.sla-lease:2m}") Duration leaseTtl,
            @Value("${orientation.referrals.identity-retention:P6M}") Period identityRetention,
            @Value("${orientation.referrals.open-identity-retention:P12M}") Period openIdentityRetention,
            IdentityAudit audit, @Value("${orientation.referrals.audit-retention:P24M}") Period auditRetention,
            @Value("${spring.application.name:referral-service}") String application) {
        return new ServiceLevelScheduler(referrals, upkeep, store, clock, leaseTtl, identityRetention,
                openIdentityRetention, audit, auditRetention, application + "-" + UUID.randomUUID());
    }

    @Bean
    ServiceLevelPolling serviceLevelPolling(ServiceLevelScheduler scheduler,
            @Value("${orientation.referrals.sla-poll:30s}") Duration poll) {
        return new ServiceLevelPolling(scheduler, poll);
    }

    /** Runs {@link ServiceLevelScheduler#tick()} at a fixed delay; a failed pass is logged and retried next time. */
    static final class ServiceLevelPolling implements SmartLifecycle {

        private static final Logger log = LoggerFactory.getLogger(ServiceLevelPolling.class);

        private final ServiceLevelScheduler scheduler;
        private final Duration poll;
        private ScheduledExecutorService executor;

        ServiceLevelPolling(ServiceLevelScheduler scheduler, Duration poll) {
            this.scheduler = scheduler;
            this.poll = poll;
        }

        @Override
        public synchronized void start() {
            executor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                    .name("service-levels").daemon(true).factory());
            executor.scheduleWithFixedDelay(this::tickSafely, poll.toMillis(), poll.toMillis(),
                    TimeUnit.MILLISECONDS);
        }

        private void tickSafely() {
            try {
                scheduler.tick();
            } catch (RuntimeException e) {
                log.warn("Service-level pass failed, retried in {}", poll, e);
            }
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
}
