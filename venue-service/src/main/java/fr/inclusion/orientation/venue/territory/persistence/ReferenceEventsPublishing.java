package fr.inclusion.orientation.venue.territory.persistence;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import fr.inclusion.orientation.support.outbox.MongoOutboxRelay;

/**
 * Publishes the outbox of the {@code departements} collection on binding {@value #BINDING} (destination
 * {@code venue.reference-events}, compacted, keyed by département; producer sync so that a failed send keeps the
 * event for the next poll).
 */
@Configuration(proxyBeanMethods = false)
class ReferenceEventsPublishing {

    static final String BINDING = "referenceEvents-out-0";

    @Bean
    MongoOutboxRelay referenceOutboxRelay(MongoTemplate mongo, StreamBridge bridge,
            @Value("${orientation.outbox.sweep-interval:10s}") Duration sweepInterval,
            @Value("${orientation.outbox.batch-size:100}") int batchSize,
            @Value("${orientation.outbox.parallelism:4}") int parallelism,
            @Value("${spring.application.name}") String application, @Value("${server.port:0}") int port) {
        return new MongoOutboxRelay(mongo, bridge, MongoImportedDepartements.COLLECTION, BINDING, sweepInterval,
                batchSize, parallelism, MongoOutboxRelay.instanceName(application, port) + "-reference");
    }
}
