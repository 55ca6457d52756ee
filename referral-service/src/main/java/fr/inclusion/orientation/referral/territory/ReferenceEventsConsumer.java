package fr.inclusion.orientation.referral.territory;

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
import fr.inclusion.orientation.support.reference.ReferenceDepartements;

/**
 * Binding {@code referenceEvents-in-0} ({@code venue.reference-events}, group {@code referral-service}, read from the
 * earliest record: the topic is compacted, one record per département). A département an administrator imported is
 * stored in {@code reference_departements} and its communes enter the {@link CommuneEpciTable}, so that secretaries'
 * communes, coordinators' territories, escalations and flows work there. A payload that cannot be decoded throws: the
 * binder retries it, then parks it in the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
public class ReferenceEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(ReferenceEventsConsumer.class);

    @Bean
    ReferenceDepartements referenceDepartements(MongoTemplate mongo) {
        return new ReferenceDepartements(mongo);
    }

    @Bean
    Consumer<Message<byte[]>> referenceEvents(ReferenceDepartements stored, CommuneEpciTable table) {
        return message -> {
            ReferenceEvent event = EventCodec.read(message.getPayload(), ReferenceEvent.class);
            switch (event) {
                case DepartementReferenceImported imported -> stored.apply(imported).ifPresentOrElse(d -> {
                    table.use(d);
                    log.info("Département {} v{}: {} commune(s) known", d.code(), imported.version(),
                            d.communes().size());
                }, () -> log.debug("Département {} v{} ignored (same or newer stored)", imported.departement(),
                        imported.version()));
            }
        };
    }
}
