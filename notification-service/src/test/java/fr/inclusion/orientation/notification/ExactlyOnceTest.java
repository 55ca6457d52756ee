package fr.inclusion.orientation.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.notification.inbox.application.NotificationDelivery;
import fr.inclusion.orientation.notification.inbox.messaging.ReferralEventsConsumer;
import fr.inclusion.orientation.notification.outbound.Contact;
import fr.inclusion.orientation.notification.outbound.OutboundDispatch;
import fr.inclusion.orientation.notification.outbound.application.OutboundQueue;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;

/**
 * Exactly one inbox entry and one stored outbound message per event and audience, whatever the redeliveries and
 * however many instances consume: the same records go at the same time through two instances of the consumer
 * function (each with its own {@link NotificationDelivery}, as two service instances would have) and through the
 * service's own Kafka consumer, all on the same store. What is checked is what the store holds: the
 * {@code notifications} collection and the real outbound dispatch's {@code outbound_messages} collection (the
 * sender is off, so the messages stay there as stored); only the directory of people is a fixture.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.stream.heartbeat=1s", "notification.digest.cron=-",
        "notification.web-base-url=https://orientation.example", "notification.outbound.sender.enabled=false"})
@RealInfrastructure
@Import(ExactlyOnceTest.People.class)
class ExactlyOnceTest {

    /** The people the events name; the outbound dispatch is the service's own. */
    @TestConfiguration(proxyBeanMethods = false)
    static class People {

        @Bean
        @Primary
        BoundaryFixtures.FixedDirectory fixedDirectory() {
            return new BoundaryFixtures.FixedDirectory();
        }
    }

    private static final String OUTBOUND = "outbound_messages";

    private static final String NEED = "Utilisation sécurisée du numérique";
    private static final int REFERRALS = 25;

    @LocalServerPort
    int port;

    @Autowired
    AutowireCapableBeanFactory beans;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    OutboundDispatch dispatch;

    @Autowired
    BoundaryFixtures.FixedDirectory directory;

    @Test
    void sameEventsConsumedConcurrentlyByThreeInstancesGiveOneEntryPerEventAndAudience() throws Exception {
        String venue = "venue-" + UUID.randomUUID();
        String secretaryName = "secretaire-" + UUID.randomUUID();
        String secretaryId = TestJwts.subjectOf(secretaryName);
        Contact staff = directory.staff(venue, new Contact("staff-" + venue, "Lou", venue + "@lieu.example", null));
        Contact secretary = directory.person(new Contact(secretaryId, "Sandrine", secretaryName + "@mairie.example",
                null));
        List<ReferralEvent> events = new ArrayList<>();
        for (int i = 0; i < REFERRALS; i++) {
            ReferralSent sent = new ReferralSent(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                    UUID.randomUUID().toString(), 1, venue, NEED, "55427", secretaryId, List.of(), null, null);
            events.add(sent);
            events.add(new ReferralAccepted(UUID.randomUUID(), Instant.now(), sent.referralId(), 2, venue, NEED,
                    "55427", staff.userId()));
        }
        List<Consumer<Message<byte[]>>> instances = List.of(
                new ReferralEventsConsumer().referralEvents(beans.createBean(NotificationDelivery.class)),
                new ReferralEventsConsumer().referralEvents(beans.createBean(NotificationDelivery.class)));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(instances.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Consumer<Message<byte[]>> instance : instances) {
                running.add(pool.submit(() -> {
                    start.await();
                    for (ReferralEvent event : events) {
                        instance.accept(MessageBuilder.withPayload(EventCodec.write(event)).build());
                    }
                    return null;
                }));
            }
            start.countDown();
            events.forEach(ServiceCalls::publish);
            for (Future<?> instance : running) {
                instance.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        ServiceCalls calls = new ServiceCalls(port);
        // The Kafka consumer is done once both inboxes hold every referral (and it can add nothing more).
        calls.awaitTotal(TestJwts.venueStaff("lieu-" + venue, venue), "", REFERRALS);
        calls.awaitTotal(TestJwts.secretary(secretaryName, "55427"), "", REFERRALS);
        List<String> ids = mongo.find(query(where("venueId").is(venue)), Document.class, "notifications").stream()
                .map(d -> d.getString("_id")).toList();
        assertThat(ids).hasSize(2 * REFERRALS).doesNotHaveDuplicates();
        for (ReferralEvent event : events) {
            assertThat(ids).filteredOn(id -> id.startsWith(event.eventId().toString())).hasSize(1);
        }
        // Outbound: one stored message per event and person, although each instance decided.
        assertThat(dispatch).isInstanceOf(OutboundQueue.class);
        List<String> toStaff = events.stream().filter(ReferralSent.class::isInstance)
                .map(e -> e.eventId() + ":" + staff.userId() + ":EMAIL").toList();
        List<String> toSecretary = events.stream().filter(ReferralAccepted.class::isInstance)
                .map(e -> e.eventId() + ":" + secretary.userId() + ":EMAIL").toList();
        await().atMost(ServiceCalls.DELIVERY).untilAsserted(() -> {
            assertThat(storedIdsTo(staff.email())).containsExactlyInAnyOrderElementsOf(toStaff);
            assertThat(storedIdsTo(secretary.email())).containsExactlyInAnyOrderElementsOf(toSecretary);
        });
    }

    @Test
    void sameRecordDeliveredTwiceIsOneEntryAndOneEmail() {
        String venue = "venue-" + UUID.randomUUID();
        Contact staff = directory.staff(venue, new Contact("staff-" + venue, "Lou", venue + "@lieu.example", null));
        ReferralSent sent = new ReferralSent(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                UUID.randomUUID().toString(), 1, venue, NEED, "55427", TestJwts.subjectOf("s-" + venue), List.of(),
                null, null);
        // Another event of the same referral, so on the same partition, after both copies.
        ReferralSent sentAfter = new ReferralSent(UUID.randomUUID(), sent.occurredAt(), sent.referralId(), 1,
                venue, NEED, "55427", sent.secretaryId(), List.of(), null, null);

        ServiceCalls.publish(sent);
        ServiceCalls.publish(sent);
        ServiceCalls.publish(sentAfter);

        ServiceCalls calls = new ServiceCalls(port);
        calls.awaitTotal(TestJwts.venueStaff("lieu-" + venue, venue), "", 2);
        await().atMost(ServiceCalls.DELIVERY).untilAsserted(() -> assertThat(storedIdsTo(staff.email()))
                .containsExactlyInAnyOrder(sent.eventId() + ":" + staff.userId() + ":EMAIL",
                        sentAfter.eventId() + ":" + staff.userId() + ":EMAIL"));
    }

    /** Ids of the outbound messages the store holds for this address. */
    private List<String> storedIdsTo(String address) {
        return mongo.find(query(where("address").is(address)), Document.class, OUTBOUND).stream()
                .map(d -> d.getString("_id")).toList();
    }
}
