package fr.inclusion.orientation.support.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bson.Document;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.support.TestPropertySourceUtils;

import fr.inclusion.orientation.testsupport.TestInfrastructure;

/**
 * What the consumer tests of the support share: the test application's {@code thingFacts} consumer bound to a topic
 * and consumer group of the test class alone (other cached contexts consume the default one), raw records sent to
 * it, and its dead letters read back.
 */
abstract class ConsumingTest {

    static final String FACTS = "thing_facts";

    static String topicOf(String name) {
        return "support." + name + "-facts";
    }

    static String groupOf(String name) {
        return name + "-test";
    }

    static String deadLettersOf(String name) {
        return topicOf(name) + "." + groupOf(name) + ".dlq";
    }

    /** Binds {@code thingFacts-in-0} to the topic and group of {@code name}, its dead letters to its own topic. */
    static void bindTo(ConfigurableApplicationContext context, String name, String... more) {
        List<String> properties = new ArrayList<>(List.of(
                "spring.cloud.stream.bindings.thingFacts-in-0.destination=" + topicOf(name),
                "spring.cloud.stream.bindings.thingFacts-in-0.group=" + groupOf(name),
                "spring.cloud.stream.kafka.bindings.thingFacts-in-0.consumer.dlq-name=" + deadLettersOf(name)));
        properties.addAll(List.of(more));
        TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context, properties.toArray(String[]::new));
    }

    static void send(String topic, String key, byte[] value) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                "bootstrap.servers", TestInfrastructure.kafkaBrokers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value))
                    .get(10, TimeUnit.SECONDS);
        }
    }

    /** Every record of a topic, from the beginning. */
    static List<ConsumerRecord<byte[], byte[]>> recordsOf(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", TestInfrastructure.kafkaBrokers(),
                "group.id", "reader-" + UUID.randomUUID(),
                "enable.auto.commit", "false"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The event ids applied for a key, in the order applied. */
    static List<String> applied(MongoTemplate mongo, String key) {
        Document facts = mongo.findById(key, Document.class, FACTS);
        return facts == null ? List.of() : facts.getList("events", String.class);
    }

    static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return DeadLetterHeaders.text(record.headers(), name);
    }
}
