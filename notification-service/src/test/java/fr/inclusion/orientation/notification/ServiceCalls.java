package fr.inclusion.orientation.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import fr.inclusion.orientation.contracts.DomainEvent;
import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.Topics;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the integration tests do from outside: HTTP calls with tokens, records on the topics, dead letters. */
final class ServiceCalls {

    static final Duration DELIVERY = Duration.ofSeconds(30);
    static final JsonMapper JSON = TestHttp.JSON;

    private static KafkaProducer<byte[], byte[]> producer;

    private final TestHttp http;

    ServiceCalls(int port) {
        this.http = TestHttp.onPort(port);
    }

    static synchronized KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestInfrastructure.kafkaBrokers()),
                    new ByteArraySerializer(), new ByteArraySerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> producer.close(Duration.ofSeconds(2))));
        }
        return producer;
    }

    static void publish(DomainEvent event) {
        String topic = switch (event) {
            case ReferralEvent r -> Topics.REFERRAL_EVENTS;
            case VenueEvent v -> Topics.VENUE_EVENTS;
            default -> throw new IllegalArgumentException(event.type());
        };
        publishRaw(topic, event.aggregateId(), EventCodec.write(event));
    }

    static void publishRaw(String topic, String key, byte[] value) {
        try {
            producer().send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value))
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static ConsumerRecord<byte[], byte[]> awaitDeadLetter(String topic, String key) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", TestInfrastructure.kafkaBrokers(),
                "group.id", "dlq-reader-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                // the dead-letter topic may not exist yet: look for it often
                "metadata.max.age.ms", "500"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(topic, "notification-service")));
            await().atMost(DELIVERY).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.stream().anyMatch(r -> key.equals(new String(r.key(), StandardCharsets.UTF_8)));
            });
        }
        return records.stream().filter(r -> key.equals(new String(r.key(), StandardCharsets.UTF_8)))
                .findFirst().orElseThrow();
    }

    HttpRequest.Builder request(String path, String token) {
        return http.request(path, token);
    }

    HttpResponse<String> get(String path, String token) {
        return http.get(path, token);
    }

    HttpResponse<String> put(String path, String token, String json) {
        return http.put(path, token, json);
    }

    HttpResponse<String> post(String path, String token) {
        return http.post(path, token, null);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        return TestHttp.send(request);
    }

    JsonNode inbox(String token, String query) {
        HttpResponse<String> response = get("/api/notifications" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    long total(String token, String query) {
        return inbox(token, query).get("total").asLong();
    }

    JsonNode awaitTotal(String token, String query, long expected) {
        await().atMost(DELIVERY).pollInterval(Duration.ofMillis(200)).until(() -> total(token, query) == expected);
        return inbox(token, query);
    }

    static JsonNode json(HttpResponse<String> response) {
        return TestHttp.json(response);
    }

    static void assertProblem(HttpResponse<String> response) {
        TestHttp.assertProblem(response);
    }
}
