package fr.inclusion.orientation.venue.directory.messaging;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;

import fr.inclusion.orientation.support.outbox.MongoOutboxRelay;
import fr.inclusion.orientation.venue.directory.persistence.VenueDocument;

/**
 * Publishes the outbox of the {@code venues} collection on binding {@value #BINDING} (destination
 * {@code venue.venue-events}, producer sync so that a failed send keeps the event for the next poll).
 */
@Configuration(proxyBeanMethods = false)
public class VenueEventsPublishing {

    public static final String BINDING = "venueEvents-out-0";

    /** Primary: the venues' repository is told about its writes; the reference relay is asked for by name. */
    @Bean
    @Primary
    MongoOutboxRelay venueOutboxRelay(MongoTemplate mongo, StreamBridge bridge,
            @Value("${orientation.outbox.sweep-interval:10s}") Duration sweepInterval,
            @Value("${orientation.outbox.batch-size:100}") int batchSize,
            @Value("${orientation.outbox.parallelism:4}") int parallelism,
            @Value("${spring.application.name}") String application, @Value("${server.port:0}") int port) {
        return new MongoOutboxRelay(mongo, bridge, VenueDocument.COLLECTION, BINDING, sweepInterval, batchSize, parallelism,
                MongoOutboxRelay.instanceName(application, port));
    }
}
