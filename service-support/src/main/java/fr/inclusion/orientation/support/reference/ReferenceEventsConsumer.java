package fr.inclusion.orientation.support.reference;

import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.messaging.Message;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.reference.DepartementReferenceImported;
import fr.inclusion.orientation.contracts.reference.ReferenceEvent;

/**
 * The {@code referenceEvents} function of a service that imports this configuration, bound as
 * {@code referenceEvents-in-0} to {@code venue.reference-events} in the service's group (read from the earliest
 * record: the topic is compacted, one record per département). A département an administrator imported is stored in
 * {@code reference_departements} and every {@link CommuneTable} of the service learns its communes. A payload that
 * cannot be decoded throws: the binder retries it, then parks it in the dead-letter topic.
 */
@Configuration(proxyBeanMethods = false)
@Import(ReferenceDepartements.class)
public class ReferenceEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(ReferenceEventsConsumer.class);

    @Bean
    Consumer<Message<byte[]>> referenceEvents(ReferenceDepartements stored, List<CommuneTable> tables) {
        return message -> {
            ReferenceEvent event = EventCodec.read(message.getPayload(), ReferenceEvent.class);
            switch (event) {
                case DepartementReferenceImported imported -> stored.apply(imported).ifPresentOrElse(d -> {
                    tables.forEach(table -> table.use(d));
                    log.info("Département {} v{}: {} commune(s) known", d.code(), imported.version(),
                            d.communes().size());
                }, () -> log.debug("Département {} v{} ignored (same or newer stored)", imported.departement(),
                        imported.version()));
            }
        };
    }
}
