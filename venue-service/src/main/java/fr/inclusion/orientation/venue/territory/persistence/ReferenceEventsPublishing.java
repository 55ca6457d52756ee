package fr.inclusion.orientation.venue.territory.persistence;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import fr.inclusion.orientation.support.outbox.MongoOutboxRelay;
import fr.inclusion.orientation.support.outbox.OutboxProperties;
import fr.inclusion.orientation.support.outbox.OutboxSource;

/**
 * Publishes the outbox of the {@code departements} collection on binding {@value #BINDING} (destination
 * {@code venue.reference-events}, compacted, keyed by département; producer sync so that a failed send keeps the
 * event for the next poll). A relay beside the service's own (the venues'), paced by the same properties.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceEventsPublishing {

    static final String BINDING = "referenceEvents-out-0";

    @Bean
    MongoOutboxRelay referenceOutboxRelay(MongoTemplate mongo, StreamBridge bridge, OutboxProperties properties,
            @Value("${spring.application.name}") String application, @Value("${server.port:0}") int port) {
        return new MongoOutboxRelay(mongo, bridge, new OutboxSource(MongoImportedDepartements.COLLECTION, BINDING),
                properties, MongoOutboxRelay.instanceName(application, port) + "-reference");
    }
}
