package fr.inclusion.orientation.referral.servicelevel.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.inclusion.orientation.referral.audit.domain.IdentityAudit;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralUpkeep;
import fr.inclusion.orientation.referral.lifecycle.domain.Referrals;
import fr.inclusion.orientation.support.schedule.FixedDelayLoop;

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
        return new ServiceLevelScheduler(referrals, upkeep, store, clock, leaseTtl, audit,
                new IdentityRetention(identityRetention, openIdentityRetention, auditRetention),
                application + "-" + UUID.randomUUID());
    }

    @Bean
    ServiceLevelPolling serviceLevelPolling(ServiceLevelScheduler scheduler,
            @Value("${orientation.referrals.sla-poll:30s}") Duration poll) {
        return new ServiceLevelPolling(scheduler, poll);
    }

    /** Runs {@link ServiceLevelScheduler#tick()} at a fixed delay; a failed pass is logged and retried next time. */
    static final class ServiceLevelPolling extends FixedDelayLoop {

        private static final Logger log = LoggerFactory.getLogger(ServiceLevelPolling.class);

        private final ServiceLevelScheduler scheduler;
        private final Duration poll;

        ServiceLevelPolling(ServiceLevelScheduler scheduler, Duration poll) {
            super("service-levels", poll, poll);
            this.scheduler = scheduler;
            this.poll = poll;
        }

        @Override
        protected void runOnce() {
            try {
                scheduler.tick();
            } catch (RuntimeException e) {
                log.warn("Service-level pass failed, retried in {}", poll, e);
            }
        }
    }
}
