package fr.inclusion.orientation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.contracts.venue.VenueRegistered;
import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
class ServiceSupportTest {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void healthIsUpIncludingTheStoreWithoutToken() throws Exception {
        HttpResponse<String> response = get("/actuator/health", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"mongo\"");
    }

    @Test
    void missingTokenIsAProblem401() throws Exception {
        HttpResponse<String> response = get("/api/me", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401").contains("Authentification requise");
    }

    @Test
    void tokenFromAnotherIssuerKeyIsRefused() throws Exception {
        String forged = TestJwts.admin("x").substring(0, 40) + "tampered";
        assertThat(get("/api/me", forged).statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenOfTheRealmForAnotherAudienceIsAProblem401() throws Exception {
        HttpResponse<String> response = get("/api/me", TestJwts.otherAudience("admin", "account"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(response.body()).contains("authentication-required");
    }

    @Test
    void anIdTokenOfTheRealmIsAProblem401() throws Exception {
        HttpResponse<String> response = get("/api/me", TestJwts.idToken("admin"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        assertThat(response.body()).contains("authentication-required");
    }

    @Test
    void callerIsReadFromTheTokenClaims() throws Exception {
        HttpResponse<String> response = get("/api/me", TestJwts.secretary("secretaire.revigny", "55427"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(TestJwts.subjectOf("secretaire.revigny"))
                .contains("secretary").contains("55427");
    }

    @Test
    void roleThatMayNotIsAProblem403() throws Exception {
        // an invalid body: the role is refused before the body is even validated
        HttpResponse<String> response = post("/api/things", "{\"name\":\"\"}", TestJwts.secretary("s", "55427"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Accès refusé");
    }

    @Test
    void invalidBodyListsFieldErrors() throws Exception {
        HttpResponse<String> response = post("/api/things", "{\"name\":\"\"}", TestJwts.admin("admin"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"name\"").contains("obligatoire");
    }

    @Test
    void malformedJsonIsAProblem400() throws Exception {
        HttpResponse<String> response = post("/api/things", "{\"name\":", TestJwts.admin("admin"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Corps de requête illisible");
    }

    @Test
    void unexpectedErrorIsAProblem500WithoutInternals() throws Exception {
        HttpResponse<String> response = get("/api/boom", TestJwts.admin("admin"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("Erreur interne").doesNotContain("secret internal detail")
                .doesNotContain("Exception");
    }

    @Test
    void unknownPathIsAProblem404() throws Exception {
        HttpResponse<String> response = get("/api/nothing-here", TestJwts.admin("admin"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
    }

    @Test
    void outboxEventIsPublishedKeyedByAggregateThenRemovedFromTheDocument() throws Exception {
        HttpResponse<String> created = post("/api/things", "{\"name\":\"Médiathèque\"}", TestJwts.admin("admin"));
        assertThat(created.statusCode()).isEqualTo(200);
        String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", TestInfrastructure.kafkaBrokers(),
                "group.id", "support-test-reader-" + id,
                "auto.offset.reset", "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("support.thing-events"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.stream().anyMatch(r -> new String(r.key(), StandardCharsets.UTF_8).equals(id));
            });
        }
        ConsumerRecord<byte[], byte[]> record = records.stream()
                .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals(id)).findFirst().orElseThrow();
        VenueEvent event = EventCodec.read(record.value(), VenueEvent.class);
        assertThat(event).isInstanceOf(VenueRegistered.class);
        assertThat(event.venue().nom()).isEqualTo("Médiathèque");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Document stored = mongo.findById(id, Document.class, SupportTestApplication.COLLECTION);
            assertThat(stored.getList("outbox", Document.class)).isEmpty();
            assertThat(stored.getString("name")).isEqualTo("Médiathèque");
        });
    }

    private HttpResponse<String> get(String path, String token) {
        return TestHttp.onPort(port).get(path, token);
    }

    private HttpResponse<String> post(String path, String body, String token) {
        return TestHttp.onPort(port).post(path, token, body);
    }
}
