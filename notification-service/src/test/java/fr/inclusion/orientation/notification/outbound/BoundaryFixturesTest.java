package fr.inclusion.orientation.notification.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.notification.inbox.application.NotificationDelivery;
import fr.inclusion.orientation.notification.inbox.messaging.ReferralEventsConsumer;

import fr.inclusion.orientation.testsupport.RealInfrastructure;

/**
 * Tests of the inbox replace the dispatch and the directory by fixtures at this boundary: the service's own
 * implementations step aside (they are fallbacks) instead of making injection ambiguous. Observed where it shows: a
 * referral event handled by the service's own delivery reaches the fixture dispatch, addressed by the fixture
 * directory, and the real dispatch's store ({@code outbound_messages}) receives nothing.
 */
@SpringBootTest(properties = "notification.outbound.sender.enabled=false")
@RealInfrastructure
class BoundaryFixturesTest {

    private static final String CLAIRE = "claire@demo.orientation-numerique.fr";

    @TestConfiguration
    static class Fixtures {

        @Bean
        RecordingDispatch recordingDispatch() {
            return new RecordingDispatch();
        }

        @Bean
        PeopleDirectory fixedDirectory() {
            return new PeopleDirectory() {
                @Override
                public Optional<Contact> person(String userId) {
                    return Optional.of(new Contact(userId, "Claire Martin", CLAIRE, null));
                }

                @Override
                public List<Contact> venueStaff(String venueId) {
                    return List.of();
                }

                @Override
                public List<Contact> coordinators(String epciSiren, String departement) {
                    return List.of();
                }
            };
        }
    }

    static class RecordingDispatch implements OutboundDispatch {

        final List<OutboundMessage> enqueued = new CopyOnWriteArrayList<>();

        @Override
        public void enqueue(OutboundMessage message) {
            enqueued.add(message);
        }
    }

    @Autowired
    RecordingDispatch recording;
    @Autowired
    AutowireCapableBeanFactory beans;
    @Autowired
    MongoTemplate mongo;

    @Test
    void theServicesDeliverySendsThroughTheFixturesAndNotThroughItsOwnDispatch() {
        String venue = "venue-" + UUID.randomUUID();
        String secretaryId = "secretary-" + UUID.randomUUID();
        ReferralSent sent = new ReferralSent(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                UUID.randomUUID().toString(), 1, venue, "Aide aux démarches administratives", "55427", secretaryId,
                List.of(), null, null);
        ReferralAccepted accepted = new ReferralAccepted(UUID.randomUUID(), Instant.now(), sent.referralId(), 2,
                venue, sent.need(), "55427", "staff-" + venue);
        Consumer<Message<byte[]>> consumer = new ReferralEventsConsumer()
                .referralEvents(beans.createBean(NotificationDelivery.class));

        consumer.accept(MessageBuilder.withPayload(EventCodec.write(sent)).build());
        consumer.accept(MessageBuilder.withPayload(EventCodec.write(accepted)).build());

        String id = accepted.eventId() + ":" + secretaryId + ":EMAIL";
        assertThat(recording.enqueued).filteredOn(m -> m.referralId().equals(sent.referralId()))
                .extracting(OutboundMessage::id, OutboundMessage::address).containsExactly(tuple(id, CLAIRE));
        assertThat(mongo.count(query(where("referralId").is(sent.referralId())), "outbound_messages")).isZero();
    }
}
