package fr.inclusion.orientation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import fr.inclusion.orientation.support.outbox.MongoOutboxRelay;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestInfrastructure;

/**
 * Two relays on one collection publish each event once; an entry the broker refuses for good is parked with its
 * cause. And the relay publishes a signalled document at once, in the order of its outbox, and finds unsignalled ones only at
 * a sweep (a signal lost in a crash): a relay of its own with a one-hour sweep, on a collection of its own.
 */
@SpringBootTest
@RealInfrastructure
class OutboxRelayTest {

    private static final String COLLECTION = "relay_test";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StreamBridge bridge;

    @Test
    void signalledDocumentsGoAtOnceInOrderAndTheSweepFindsTheOthers() {
        MongoOutboxRelay relay = new MongoOutboxRelay(mongo, bridge, COLLECTION, "thingEvents-out-0",
                Duration.ofHours(1), 50, 4);
        String signalled = "signalled-" + UUID.randomUUID();
        String forgotten = "forgotten-" + UUID.randomUUID();
        relay.start();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", TestInfrastructure.kafkaBrokers(),
                "group.id", "relay-test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("support.thing-events"));
            // the start-up sweep has run on an empty collection: from now on only signals and sweeps publish
            await().atMost(Duration.ofSeconds(20)).until(() -> relay.sweeps() >= 1);
            mongo.insert(document(signalled, "first", "second", "third"), COLLECTION);
            mongo.insert(document(forgotten, "lost"), COLLECTION);
            relay.pending(signalled);

            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return payloadsOf(records, signalled).size() == 3;
            });
            assertThat(payloadsOf(records, signalled)).containsExactly("first", "second", "third");
            await().atMost(Duration.ofSeconds(10)).until(() -> outboxOf(signalled).isEmpty());
            assertThat(payloadsOf(records, forgotten)).isEmpty();
            assertThat(outboxOf(forgotten)).hasSize(1);

            assertThat(relay.relayPending()).isEqualTo(1);
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return payloadsOf(records, forgotten).size() == 1;
            });
            assertThat(outboxOf(forgotten)).isEmpty();
            assertThat(payloadsOf(records, signalled)).hasSize(3);
        } finally {
            relay.stop();
        }
    }

    @Test
    void twoRelaysOnOneCollectionPublishEachEventExactlyOnce() {
        String collection = "relay_pair_" + UUID.randomUUID().toString().substring(0, 8);
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String id = run + "-" + i;
            ids.add(id);
            mongo.insert(document(id, id + "/a", id + "/b"), collection);
        }
        MongoOutboxRelay one = new MongoOutboxRelay(mongo, bridge, collection, "thingEvents-out-0",
                Duration.ofMillis(50), 10, 4, "relay-one");
        MongoOutboxRelay two = new MongoOutboxRelay(mongo, bridge, collection, "thingEvents-out-0",
                Duration.ofMillis(50), 10, 4, "relay-two");
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            consumer.subscribe(List.of("support.thing-events"));
            one.start();
            two.start();
            // both are also told about every document, as two instances sharing writes would be
            ids.forEach(id -> {
                one.pending(id);
                two.pending(id);
            });
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return ids.stream().allMatch(id -> !payloadsOf(records, id).isEmpty())
                        && ids.stream().allMatch(id -> outboxOf(collection, id).isEmpty());
            });
            // whatever else is still on its way arrives within a few polls
            for (int i = 0; i < 5; i++) {
                consumer.poll(Duration.ofMillis(300)).forEach(records::add);
            }
            for (String id : ids) {
                assertThat(payloadsOf(records, id)).as(id).containsExactly(id + "/a", id + "/b");
            }
            assertThat(mongo.findById(ids.getFirst(), Document.class, collection)).doesNotContainKey("outboxClaim");
        } finally {
            one.stop();
            two.stop();
        }
    }

    @Test
    void anEntryTheBrokerRefusesForGoodIsParkedWithItsCauseAndTheNextOnesGoOn() {
        String collection = "relay_parked_" + UUID.randomUUID().toString().substring(0, 8);
        String id = "too-large-" + UUID.randomUUID();
        // larger than the producer's max.request.size (1 MB): refused before it leaves, every time
        String huge = "x".repeat(1_200_000);
        mongo.insert(document(id, "before", huge, "after"), collection);
        MongoOutboxRelay relay = new MongoOutboxRelay(mongo, bridge, collection, "thingEvents-out-0",
                Duration.ofMillis(100), 50, 4, "relay-parking");
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        relay.bindTo(registry);
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            consumer.subscribe(List.of("support.thing-events"));
            relay.start();
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return payloadsOf(records, id).size() == 2 && outboxOf(collection, id).isEmpty();
            });
            assertThat(payloadsOf(records, id)).containsExactly("before", "after");
            Document stored = mongo.findById(id, Document.class, collection);
            List<Document> parked = stored.getList(MongoOutboxRelay.PARKED_FIELD, Document.class);
            assertThat(parked).hasSize(1);
            assertThat(parked.getFirst().getString("payload")).isEqualTo(huge);
            assertThat(parked.getFirst().getString("cause")).startsWith("RecordTooLargeException");
            assertThat(parked.getFirst().getInteger("attempts")).isEqualTo(1);
            assertThat(parked.getFirst().getDate("parkedAt")).isNotNull();
            await().atMost(Duration.ofSeconds(5)).until(() ->
                    registry.get("orientation.outbox.parked").tag("collection", collection).gauge().value() == 1.0);
        } finally {
            relay.stop();
        }
    }

    private static KafkaConsumer<byte[], byte[]> consumer() {
        return new KafkaConsumer<>(Map.of(
                "bootstrap.servers", TestInfrastructure.kafkaBrokers(),
                "group.id", "relay-test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "max.partition.fetch.bytes", "5000000"), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private List<Document> outboxOf(String collection, String id) {
        return mongo.findById(id, Document.class, collection).getList("outbox", Document.class);
    }

    private static Document document(String id, String... payloads) {
        List<Document> outbox = new ArrayList<>();
        for (String payload : payloads) {
            outbox.add(new Document("eventId", UUID.randomUUID().toString()).append("type", "Test")
                    .append("key", id).append("payload", payload));
        }
        return new Document("_id", id).append("outbox", outbox);
    }

    private List<Document> outboxOf(String id) {
        return mongo.findById(id, Document.class, COLLECTION).getList("outbox", Document.class);
    }

    private static List<String> payloadsOf(List<ConsumerRecord<byte[], byte[]>> records, String key) {
        return records.stream().filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals(key))
                .map(r -> new String(r.value(), StandardCharsets.UTF_8)).toList();
    }
}
