package fr.inclusion.orientation.notification.venues.messaging;

import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.notification.venues.application.VenueRecords;

/**
 * The {@code venueEvents} function, bound as {@code venueEvents-in-0} to {@code venue.venue-events} in group
 * {@code notification-service}. Raw bytes decoded with {@link EventCodec}; an undecodable record goes straight to
 * the dead-letter topic {@code venue.venue-events.notification-service.dlq}, other failures after retries.
 */
@Configuration(proxyBeanMethods = false)
public class VenueEventsConsumer {

    @Bean
    public Consumer<Message<byte[]>> venueEvents(VenueRecords records) {
        return message -> records.apply(EventCodec.read(message.getPayload(), VenueEvent.class));
    }
}
