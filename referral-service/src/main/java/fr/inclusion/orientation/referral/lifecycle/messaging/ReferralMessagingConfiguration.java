package fr.inclusion.orientation.referral.lifecycle.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.inclusion.orientation.support.outbox.OutboxSource;

/**
 * Publishes the outbox kept in each referral document to binding {@code referralEvents-out-0}
 * ({@code referral.referral-events}, keyed by referral id, producer sync so a failed send is retried in order);
 * service-support's relay does it, paced by {@code orientation.outbox.*}.
 */
@Configuration(proxyBeanMethods = false)
public class ReferralMessagingConfiguration {

    public static final String BINDING = "referralEvents-out-0";

    @Bean
    OutboxSource referralOutbox() {
        return new OutboxSource("referrals", BINDING);
    }
}
