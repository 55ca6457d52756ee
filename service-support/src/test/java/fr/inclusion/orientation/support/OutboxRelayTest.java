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

import fr.inclusion.orientation.support.outbox.MongoOutboxRelay;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestInfrastructure;

/**
 * The relay publishes a signalled document at once, in the order of its outbox, and finds unsignalled ones only at
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
    void signalledDocumentsGoAtOnceInOrderAndTheSweepFindsTheOthers() throws Exception {
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
            Thread.sleep(500);
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
