package fr.inclusion.orientation.referral;

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
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import fr.inclusion.orientation.contracts.DomainEvent;
import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.venue.VenueRegistered;
import fr.inclusion.orientation.contracts.venue.VenueSnapshot;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.TestInfrastructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service running on a random port against the shared store and broker. Every Spring test extends this class
 * and adds no configuration, so they all share one context (one consumer in the group, one start).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@org.springframework.context.annotation.Import(MutableClock.Configuration.class)
public abstract class RunningReferralService {

    protected static final String REVIGNY = "55427";
    protected static final String SOMMEILLES = "55493";
    protected static final String ADMIN_HELP = "Aide aux démarches administratives";
    protected static final String DAILY_TOOLS = "Maîtrise des outils numériques du quotidien";

    protected static final JsonMapper JSON = TestHttp.JSON;
    private static KafkaProducer<byte[], byte[]> producer;

    @LocalServerPort
    protected int port;

    @Autowired
    protected MongoTemplate mongo;

    // ---- venues, fed through the real topic

    /** Publishes a VenueRegistered for a new venue of Revigny and waits until the read model has it. */
    protected String registeredVenue(List<String> services) {
        String id = "venue-" + UUID.randomUUID();
        publish(venueEvent(id, 1, services, true, false));
        awaitVenueVersion(id, 1);
        return id;
    }

    /** As {@link #registeredVenue(List)}, for a venue that commits to answer within so many working days. */
    protected String registeredVenueAnsweringWithin(List<String> services, int answerDelayDays) {
        String id = "venue-" + UUID.randomUUID();
        publish(venueEvent(id, 1, services, true, false, answerDelayDays));
        awaitVenueVersion(id, 1);
        return id;
    }

    protected static VenueRegistered venueEvent(String id, long version, List<String> services, boolean active,
            boolean intakePaused) {
        return venueEvent(id, version, services, active, intakePaused, null);
    }

    protected static VenueRegistered venueEvent(String id, long version, List<String> services, boolean active,
            boolean intakePaused, Integer answerDelayDays) {
        VenueSnapshot snapshot = new VenueSnapshot(id, "00000000000001", "Lieu de test " + id.substring(0, 12),
                "Revigny-sur-Ornain", "55800", REVIGNY, "1 rue de démonstration", null, 48.83, 4.98, List.of("RFS"),
                List.of(), List.of(), List.of(), "Mo-Fr 09:00-12:00", null, "test", null, LocalDate.of(2026, 1, 1),
                services, List.of(), List.of(), List.of("Gratuit"), List.of("Fixe"), List.of(), List.of(),
                List.of(), List.of(), intakePaused, active, null, answerDelayDays);
        return new VenueRegistered(UUID.randomUUID(), Instant.now(), id, version, snapshot);
    }

    protected static void publish(DomainEvent event) {
        publishRaw(event.aggregateId(), EventCodec.write(event));
    }

    protected static void publishRaw(String key, byte[] payload) {
        publishRaw(fr.inclusion.orientation.contracts.Topics.VENUE_EVENTS, key, payload);
    }

    protected static synchronized void publishRaw(String topic, String key, byte[] payload) {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestInfrastructure.kafkaBrokers(),
                    "acks", "all"), new ByteArraySerializer(), new ByteArraySerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(producer::close));
        }
        try {
            producer.send(new ProducerRecord<>(topic, key == null ? null : key.getBytes(StandardCharsets.UTF_8),
                    payload)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected void awaitVenueVersion(String venueId, long version) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document venue = mongo.findById(venueId, Document.class, "venues");
            assertThat(venue).isNotNull();
            assertThat(((Number) venue.get("version")).longValue()).isEqualTo(version);
        });
    }

    // ---- HTTP

    protected HttpResponse<String> get(String path, String token) {
        return http().get(path, token);
    }

    protected HttpResponse<String> post(String path, String body, String token, String idempotencyKey) {
        return http().call("POST", path).token(token).body("application/json", body == null ? "" : body)
                .header("Idempotency-Key", idempotencyKey).send();
    }

    /** The client of these calls, on this service's port. */
    protected TestHttp http() {
        return TestHttp.onPort(port);
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return TestHttp.json(response);
    }

    protected static void assertProblem(HttpResponse<String> response, int status) {
        TestHttp.assertProblem(response, status);
    }

    // ---- Kafka, read back

    /** Every record of a topic up to its current end, from the beginning. */
    protected static List<ConsumerRecord<byte[], byte[]>> recordsOf(String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", TestInfrastructure.kafkaBrokers(),
                "enable.auto.commit", "false"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<PartitionInfo> partitions = await().atMost(Duration.ofSeconds(30))
                    .until(() -> consumer.partitionsFor(topic, Duration.ofSeconds(5)), p -> p != null && !p.isEmpty());
            List<TopicPartition> assigned = partitions.stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(assigned);
            consumer.seekToBeginning(assigned);
            Map<TopicPartition, Long> end = consumer.endOffsets(assigned);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return assigned.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
            });
            return records;
        }
    }

    /** Waits until the relay has published everything pending for this referral. */
    protected void awaitOutboxDrained(String referralId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document stored = mongo.findById(referralId, Document.class, "referrals");
            assertThat(stored).isNotNull();
            assertThat(stored.getList("outbox", Document.class)).isEmpty();
        });
    }

    /** Event types published for a referral, in order, once its outbox is drained. */
    protected List<String> publishedTypes(String referralId) {
        awaitOutboxDrained(referralId);
        return recordsOf(fr.inclusion.orientation.contracts.Topics.REFERRAL_EVENTS).stream()
                .filter(r -> r.key() != null && new String(r.key(), StandardCharsets.UTF_8).equals(referralId))
                .map(r -> JSON.readTree(r.value()).get("type").asString())
                .toList();
    }
}
