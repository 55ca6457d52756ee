package fr.inclusion.orientation.referral.lifecycle.messaging;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import fr.inclusion.orientation.support.outbox.MongoOutboxRelay;

/**
 * Publishes the outbox kept in each referral document to binding {@code referralEvents-out-0}
 * ({@code referral.referral-events}, keyed by referral id, producer sync so a failed send is retried in order).
 */
@Configuration(proxyBeanMethods = false)
public class ReferralMessagingConfiguration {

    public static final String BINDING = "referralEvents-out-0";

    @Bean
    MongoOutboxRelay referralOutboxRelay(MongoTemplate mongo, StreamBridge bridge,
            @Value("${orientation.outbox.sweep-interval:10s}") Duration sweepInterval,
            @Value("${orientation.outbox.batch-size:100}") int batchSize,
            @Value("${orientation.outbox.parallelism:4}") int parallelism,
            @Value("${spring.application.name}") String application, @Value("${server.port:0}") int port) {
        return new MongoOutboxRelay(mongo, bridge, "referrals", BINDING, sweepInterval, batchSize, parallelism,
                MongoOutboxRelay.instanceName(application, port));
    }
}
