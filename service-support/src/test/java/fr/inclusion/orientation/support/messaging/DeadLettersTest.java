package fr.inclusion.orientation.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.venue.VenueRegistered;
import fr.inclusion.orientation.support.SupportTestApplication;
import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.TestInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Poison goes to the dead-letter topic at once with its cause, and the records behind it pass; the dead letters are
 * counted (endpoint and gauge) and replayed once their cause is fixed, each record once.
 */
@SpringBootTest(classes = SupportTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = DeadLettersTest.Binding.class)
class DeadLettersTest extends ConsumingTest {

    static final String NAME = "dlq";
    static final String TOPIC = topicOf(NAME);
    static final String DEAD_LETTERS = deadLettersOf(NAME);

    static class Binding extends TestInfrastructure.Initializer {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            super.initialize(context);
            bindTo(context, NAME);
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void poisonGoesToTheDeadLetterTopicAtOnceWithItsCauseAndTheNextRecordsPass() throws Exception {
        String key = "thing-" + UUID.randomUUID();
        VenueRegistered first = SupportTestApplication.event(key, "first");
        VenueRegistered second = SupportTestApplication.event(key, "second");
        String garbage = "not an event " + UUID.randomUUID();

        send(TOPIC, key, EventCodec.write(first));
        send(TOPIC, key, garbage.getBytes(StandardCharsets.UTF_8));
        send(TOPIC, key, EventCodec.write(second));

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(mongo, key).size() == 2);
        assertThat(applied(mongo, key)).containsExactly(first.eventId().toString(), second.eventId().toString());
        ConsumerRecord<byte[], byte[]> dead = await().atMost(Duration.ofSeconds(30))
                .until(() -> deadLetter(garbage), r -> r != null);
        assertThat(new String(dead.key(), StandardCharsets.UTF_8)).isEqualTo(key);
        assertThat(header(dead, "x-original-topic")).isEqualTo(TOPIC);
        assertThat(header(dead, "x-original-consumer-group")).isEqualTo(groupOf(NAME));
        assertThat(dead.headers().lastHeader("x-original-offset")).isNotNull();
        assertThat(header(dead, "x-exception-fqcn")).startsWith("tools.jackson.");
        assertThat(header(dead, "x-exception-message")).isNotBlank();
        assertThat(header(dead, "x-exception-stacktrace")).isNotBlank();
    }

    @Test
    void aRefusedRecordIsCountedThenReplayedOnceItsCauseIsFixedAndOnlyOnce() throws Exception {
        String key = "thing-" + UUID.randomUUID();
        String name = "refused-" + UUID.randomUUID();
        VenueRegistered refused = SupportTestApplication.event(key, name);
        mongo.insert(new Document("_id", name), "blocked_names");

        send(TOPIC, key, EventCodec.write(refused));
        ConsumerRecord<byte[], byte[]> dead = await().atMost(Duration.ofSeconds(30))
                .until(() -> deadLetter(refused.eventId().toString()), r -> r != null);
        assertThat(header(dead, "x-exception-fqcn")).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(header(dead, "x-exception-message")).isEqualTo("Thing name refused");
        assertThat(applied(mongo, key)).isEmpty();

        HttpResponse<String> counts = call("GET", "/api/admin/dead-letters", TestJwts.admin("admin"));
        assertThat(counts.statusCode()).isEqualTo(200);
        JsonNode count = countOf(json.readTree(counts.body()));
        assertThat(count.get("originalTopic").asString()).isEqualTo(TOPIC);
        assertThat(count.get("group").asString()).isEqualTo(groupOf(NAME));
        assertThat(count.get("waiting").asLong()).isPositive();
        assertThat(meters.get("orientation.dlq.records").tag("topic", DEAD_LETTERS).gauge().value())
                .isEqualTo((double) count.get("waiting").asLong());

        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "blocked_names");
        HttpResponse<String> replay = call("POST", "/api/admin/dead-letters/" + DEAD_LETTERS + "/replay",
                TestJwts.admin("admin"));
        assertThat(replay.statusCode()).isEqualTo(200);
        JsonNode first = json.readTree(replay.body());
        assertThat(first.get("replayed").asInt()).isPositive();
        assertThat(applied(mongo, key)).containsExactly(refused.eventId().toString());
        // what still fails (another test's garbage) is parked again at the end and waits for the next replay
        assertThat(first.get("waiting").asLong()).isEqualTo(first.get("parkedAgain").asLong());

        HttpResponse<String> again = call("POST", "/api/admin/dead-letters/" + DEAD_LETTERS + "/replay",
                TestJwts.admin("admin"));
        assertThat(again.statusCode()).isEqualTo(200);
        JsonNode second = json.readTree(again.body());
        assertThat(second.get("replayed").asInt()).isZero();
        assertThat(applied(mongo, key)).containsExactly(refused.eventId().toString());
    }

    @Test
    void onlyAdminsSeeOrReplayDeadLettersAndAnUnknownTopicIsAProblem404() throws Exception {
        assertThat(call("GET", "/api/admin/dead-letters", null).statusCode()).isEqualTo(401);
        HttpResponse<String> coordinator = call("GET", "/api/admin/dead-letters",
                TestJwts.coordinator("coordinateur", "245501184"));
        assertThat(coordinator.statusCode()).isEqualTo(403);
        assertThat(call("POST", "/api/admin/dead-letters/" + DEAD_LETTERS + "/replay",
                TestJwts.secretary("secretaire", "55427")).statusCode()).isEqualTo(403);

        HttpResponse<String> unknown = call("POST", "/api/admin/dead-letters/support.thing-events/replay",
                TestJwts.admin("admin"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(unknown.body()).contains("dead-letter-topic-not-found").contains("File de rebut introuvable");
    }

    private JsonNode countOf(JsonNode counts) {
        for (JsonNode count : counts) {
            if (count.get("topic").asString().equals(DEAD_LETTERS)) {
                return count;
            }
        }
        throw new AssertionError(DEAD_LETTERS + " not listed in " + counts);
    }

    private ConsumerRecord<byte[], byte[]> deadLetter(String containing) {
        List<ConsumerRecord<byte[], byte[]>> records = recordsOf(DEAD_LETTERS);
        return records.stream().filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(containing))
                .findFirst().orElse(null);
    }

    private HttpResponse<String> call(String method, String path, String token) {
        return TestHttp.onPort(port).send(method, path, token, null);
    }
}
