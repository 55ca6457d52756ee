package fr.inclusion.orientation.referral.venues.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.referral.venues.persistence.MongoVenueReadModel;

/**
 * Binding {@code venueEvents-in-0} ({@code venue.venue-events}, group {@code referral-service}). Payloads are decoded
 * with {@link EventCodec}, not Spring's converters, so the wire format has one reader. A payload that cannot be
 * decoded throws: the binder retries it, then parks it in the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
public class VenueEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(VenueEventsConsumer.class);

    @Bean
    Consumer<Message<byte[]>> venueEvents(MongoVenueReadModel readModel) {
        return message -> {
            VenueEvent event = EventCodec.read(message.getPayload(), VenueEvent.class);
            if (event.venue() == null || event.venue().id() == null || !event.venue().id().equals(event.venueId())) {
                throw new IllegalArgumentException("Venue event " + event.eventId() + " has no matching snapshot");
            }
            boolean applied = readModel.upsertIfNewer(event.venue(), event.version(), event.eventId().toString());
            log.debug("{} {} v{} for venue {} {}", event.type(), event.eventId(), event.version(), event.venueId(),
                    applied ? "applied" : "ignored (same or newer version stored)");
        };
    }
}
