package fr.inclusion.orientation.venue.directory.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.inclusion.orientation.support.outbox.OutboxSource;
import fr.inclusion.orientation.venue.directory.persistence.VenueDocument;

/**
 * Publishes the outbox of the {@code venues} collection on binding {@value #BINDING} (destination
 * {@code venue.venue-events}, producer sync so that a failed send keeps the event for the next poll);
 * service-support's relay does it, paced by {@code orientation.outbox.*}.
 */
@Configuration(proxyBeanMethods = false)
public class VenueEventsPublishing {

    public static final String BINDING = "venueEvents-out-0";

    @Bean
    OutboxSource venueOutbox() {
        return new OutboxSource(VenueDocument.COLLECTION, BINDING);
    }
}
