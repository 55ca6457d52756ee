package fr.inclusion.orientation.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.Topics;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.NetworkCut;
import fr.inclusion.orientation.testsupport.TestInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store goes away under the whole service (every connection cut, its port refusing) for longer than any retry of
 * the bindings: referrals sent meanwhile wait, none reaches a dead-letter topic, and when the store is back every
 * venue is told once. The service runs in consumer groups of its own, so that the other test contexts of this JVM
 * (group notification-service, healthy store) never take its records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.digest.cron=-", "notification.web-base-url=https://orientation.example"})
@ContextConfiguration(initializers = StoreOutageTest.ThroughCut.class)
@Import(BoundaryFixtures.class)
class StoreOutageTest {

    private static final String GROUP = "notification-outage";
    private static final String DEAD_LETTERS = Topics.deadLetter(Topics.REFERRAL_EVENTS, GROUP);
    private static final NetworkCut STORE = NetworkCut.to(TestInfrastructure.mongoBase());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static class ThroughCut extends TestInfrastructure.Initializer {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            super.initialize(context);
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    // every store request gives up after about a second while the store is away
                    "spring.mongodb.uri=mongodb://127.0.0.1:" + STORE.port() + "/outage-"
                            + UUID.randomUUID().toString().substring(0, 8)
                            + "?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000&socketTimeoutMS=2000",
                    "spring.cloud.stream.bindings.referralEvents-in-0.group=" + GROUP,
                    "spring.cloud.stream.kafka.bindings.referralEvents-in-0.consumer.dlq-name=" + DEAD_LETTERS,
                    "spring.cloud.stream.bindings.venueEvents-in-0.group=" + GROUP,
                    "spring.cloud.stream.kafka.bindings.venueEvents-in-0.consumer.dlq-name="
                            + Topics.deadLetter(Topics.VENUE_EVENTS, GROUP));
        }
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void restoreTheStore() {
        STORE.close();
    }

    @Test
    void referralsSentWhileTheStoreIsAwayAreNotifiedOnceWhenItIsBackAndNoneIsDeadLettered() throws Exception {
        String venue = "venue-" + UUID.randomUUID();
        String otherVenue = "venue-" + UUID.randomUUID();
        ReferralSent before = sent(venue);
        publish(before);
        awaitTotal(venue, 1);

        List<ReferralSent> during = List.of(sent(venue), sent(otherVenue), sent(venue));
        STORE.cut();
        try {
            for (ReferralSent referral : during) {
                publish(referral);
            }
            // far longer than the bindings' 3 attempts (0.5 s, 1 s): each attempt fails on the store
            await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(15))
                    .until(() -> deadLettered(Set.of(before.referralId(), during.get(0).referralId(),
                            during.get(1).referralId(), during.get(2).referralId())).isEmpty());
        } finally {
            STORE.restore();
        }

        awaitTotal(venue, 3);
        awaitTotal(otherVenue, 1);
        assertThat(deadLettered(Set.of(during.get(0).referralId(), during.get(1).referralId(),
                during.get(2).referralId()))).isEmpty();
    }

    private static ReferralSent sent(String venueId) {
        return new ReferralSent(UUID.randomUUID(), Instant.now(), UUID.randomUUID().toString(), 1, venueId,
                "Maîtrise des outils numériques du quotidien", "55427",
                TestJwts.subjectOf("secretaire-" + UUID.randomUUID()), List.of("free"), LocalDate.now().plusDays(10),
                null);
    }

    private static void publish(ReferralSent event) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                TestInfrastructure.kafkaBrokers()), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.REFERRAL_EVENTS,
                    event.referralId().getBytes(StandardCharsets.UTF_8), EventCodec.write(event)))
                    .get(10, TimeUnit.SECONDS);
        }
    }

    /** Keys among {@code keys} found in this group's dead-letter topic. */
    private static List<String> deadLettered(Set<String> keys) {
        List<String> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", TestInfrastructure.kafkaBrokers(),
                "group.id", "reader-" + UUID.randomUUID(),
                "enable.auto.commit", "false"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(DEAD_LETTERS, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(DEAD_LETTERS, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
                    if (keys.contains(key)) {
                        found.add(key);
                    }
                }
            }
        }
        return found;
    }

    private void awaitTotal(String venue, long expected) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> total(venue) == expected);
    }

    private long total(String venue) {
        HttpResponse<String> response = TestHttp.onPort(port).get("/api/notifications",
                TestJwts.venueStaff("lieu.franceservices", venue));
        return TestHttp.assertStatus(response, 200).get("total").asLong();
    }
}
