package fr.inclusion.orientation.notification.venues.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.reference.DepartementReferenceImported;
import fr.inclusion.orientation.contracts.reference.ReferenceEvent;
import fr.inclusion.orientation.notification.venues.domain.CommuneNames;
import fr.inclusion.orientation.support.reference.ReferenceDepartements;

/**
 * The {@code referenceEvents} function, bound as {@code referenceEvents-in-0} to {@code venue.reference-events} in
 * group {@code notification-service} (read from the earliest record: the topic is compacted, one record per
 * département). A département an administrator imported is stored in {@code reference_departements} and its commune
 * names are shown in notifications from then on. An undecodable record goes to the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
public class ReferenceEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(ReferenceEventsConsumer.class);

    @Bean
    ReferenceDepartements referenceDepartements(MongoTemplate mongo) {
        return new ReferenceDepartements(mongo);
    }

    @Bean
    public Consumer<Message<byte[]>> referenceEvents(ReferenceDepartements stored, CommuneNames names) {
        return message -> {
            ReferenceEvent event = EventCodec.read(message.getPayload(), ReferenceEvent.class);
            switch (event) {
                case DepartementReferenceImported imported -> stored.apply(imported).ifPresent(d -> {
                    names.use(d);
                    log.info("Département {} v{}: {} commune name(s) known", d.code(), imported.version(),
                            d.communes().size());
                });
            }
        };
    }
}
