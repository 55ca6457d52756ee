package fr.inclusion.orientation.support.outbox;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Time limits of the Kafka producers of every service, as defaults that any configuration overrides. Kafka's own
 * defaults let one send wait 60 s for metadata and then 120 s for delivery (plus the binder's 5 s), so with the
 * broker down a relay pass blocked for minutes; with these a send fails within 5 s when the broker is unknown and
 * within 35 s when it dies mid-send, and the relay backs off and tries again (see {@link MongoOutboxRelay}).
 * {@code delivery.timeout.ms} stays at least {@code request.timeout.ms + linger.ms}, as the idempotent producer
 * requires.
 */
public class OutboxProducerDefaults implements EnvironmentPostProcessor {

    static final String PREFIX = "spring.cloud.stream.kafka.binder.producer-properties.";
    static final String ADMIN = "spring.cloud.stream.kafka.binder.admin-client-properties.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("orientationProducerDefaults", Map.of(
                PREFIX + "max.block.ms", "5000",          // ms waiting for metadata or buffer space in send()
                PREFIX + "request.timeout.ms", "10000",   // ms for one produce request to be answered
                PREFIX + "delivery.timeout.ms", "30000",  // ms from send() to the broker's ack, retries included
                // the binder looks the topic up when a binding is created (first send): not a minute either
                ADMIN + "default.api.timeout.ms", "10000",
                ADMIN + "request.timeout.ms", "5000")));
    }
}
