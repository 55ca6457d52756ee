package fr.inclusion.orientation.support.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import fr.inclusion.orientation.support.security.EndpointRoles;

/**
 * Consumer failure handling, the topics' provisioning, the dead-letter topics of the service's bindings, their gauge
 * {@code orientation.dlq.records{topic}} (records waiting for a replay) and their admin endpoints.
 */
@Configuration(proxyBeanMethods = false)
@Import({ConsumerErrorHandling.class, DeadLetterController.class})
public class DeadLetterConfiguration {

    @Bean
    DeadLetters deadLetters(KafkaClients clients, ApplicationContext context, BindingServiceProperties bindings) {
        return new DeadLetters(clients, context, bindings);
    }

    @Bean
    TopicProvisioning topicProvisioning(KafkaClients clients, DeadLetters deadLetters,
            @Value("${orientation.messaging.topics.partitions:3}") int partitions,
            @Value("${orientation.messaging.topics.replication-factor:1}") short replicationFactor,
            @Value("${orientation.messaging.topics.min-insync-replicas:1}") int minInsyncReplicas,
            @Value("${orientation.messaging.topics.referral-events-retention-ms:-1}") long referralRetention) {
        return new TopicProvisioning(clients, deadLetters, new TopicProvisioning.TopicPolicy(partitions,
                replicationFactor, minInsyncReplicas, referralRetention));
    }

    @Bean
    EndpointRoles deadLetterRoles() {
        return rules -> rules.requestMatchers(DeadLetterController.PATH, DeadLetterController.PATH + "/**")
                .hasRole("admin");
    }

    @Bean
    MeterBinder deadLetterGauges(DeadLetters deadLetters) {
        return registry -> deadLetters.topics().forEach(topic -> Gauge.builder("orientation.dlq.records",
                        deadLetters, d -> waiting(d, topic))
                .description("Records of a dead-letter topic not replayed yet")
                .tag("topic", topic.topic())
                .register(registry));
    }

    private static double waiting(DeadLetters deadLetters, DeadLetters.DeadLetterTopic topic) {
        try {
            return deadLetters.count(topic).waiting();
        } catch (DeadLettersUnavailableException e) {
            return Double.NaN;
        }
    }
}
