package fr.inclusion.orientation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import fr.inclusion.orientation.support.outbox.MongoOutboxRelay;
import fr.inclusion.orientation.testsupport.TestInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Broker outages as the relay sees them, while the shared broker stays up for the other tests. A broker of the test's
 * own reached through a {@link TcpRelay} that the test cuts and restores: requests answer at once while it is away,
 * a relay pass ends within the producer's time limits, nothing is parked, and the relay catches up when it returns.
 * And a service started with no broker at all (a closed port): the same, then a service on the same store with the
 * broker publishes every pending event.
 */
class OutboxRelayOutageTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBrokerOutageNeverHoldsARequestNorParksAnythingAndThePendingEventsGoOutOnceABrokerAnswers()
            throws Exception {
        String database = TestInfrastructure.newMongoUri();
        List<String> during = new ArrayList<>();
        // nothing listens on this port: every send finds no broker
        ConfigurableApplicationContext down = service(database, "127.0.0.1:" + closedPort());
        try {
            int port = Integer.parseInt(down.getEnvironment().getProperty("local.server.port"));
            MongoTemplate mongo = down.getBean(MongoTemplate.class);
            MongoOutboxRelay relay = down.getBean(MongoOutboxRelay.class);
            // the first request of a fresh service pays for its warm-up (servlet, store connection, collection)
            during.add(create(port, "premier"));
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                during.add(create(port, "pendant la panne " + i));
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("request during the outage answered in %d ms%n", millis);
                assertThat(millis).as("answer time during the outage (ms)").isLessThan(2000);
            }
            // the first send of a process also creates the binding (the binder looks up the topic with its own
            // admin time limits): measured, once; every later pass is bounded by the producer's
            long start = System.nanoTime();
            relay.relayPending();
            System.out.printf("first relay pass with the broker down took %d ms%n",
                    (System.nanoTime() - start) / 1_000_000);
            start = System.nanoTime();
            relay.relayPending();
            long passMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("relay pass with the broker down took %d ms%n", passMillis);
            assertThat(passMillis).as("relay pass with the broker down (ms)").isLessThan(15_000);
            // still pending, never parked, while the broker stays away
            await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).until(() -> during.stream()
                    .map(id -> mongo.findById(id, Document.class, "things"))
                    .allMatch(d -> d.getList("outbox", Document.class).size() == 1 && !d.containsKey("parkedOutbox")));
            assertThat(relay.parkedCount()).isZero();
        } finally {
            long start = System.nanoTime();
            down.close();
            System.out.printf("service stopped in %d ms with the broker down%n", (System.nanoTime() - start) / 1_000_000);
        }

        ConfigurableApplicationContext up = service(database, TestInfrastructure.kafkaBrokers());
        try {
            MongoTemplate mongo = up.getBean(MongoTemplate.class);
            awaitPublished(TestInfrastructure.kafkaBrokers(), during);
            await().atMost(Duration.ofSeconds(10)).until(() -> during.stream()
                    .allMatch(id -> mongo.findById(id, Document.class, "things")
                            .getList("outbox", Document.class).isEmpty()));
        } finally {
            up.close();
        }
    }

    @Test
    void aBrokerThatGoesAwayNeverHoldsARequestAndTheRelayCatchesUpWhenItReturns() throws Exception {
        int relayPort = closedPort();
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        // clients reach the broker only through the TCP relay, which the test cuts and restores
        broker.brokerProperty("advertised.listeners", "EXTERNAL://127.0.0.1:" + relayPort);
        broker.afterPropertiesSet();
        String actual = broker.getBrokersAsString();
        int brokerPort = Integer.parseInt(actual.substring(actual.lastIndexOf(':') + 1));
        assertThat(brokerPort).isNotEqualTo(relayPort);
        TcpRelay network = new TcpRelay(relayPort, "127.0.0.1", brokerPort);
        network.up();
        String brokers = "127.0.0.1:" + relayPort;
        ConfigurableApplicationContext service = service(TestInfrastructure.newMongoUri(), brokers);
        try {
            int port = Integer.parseInt(service.getEnvironment().getProperty("local.server.port"));
            MongoTemplate mongo = service.getBean(MongoTemplate.class);
            MongoOutboxRelay relay = service.getBean(MongoOutboxRelay.class);
            awaitPublished(brokers, List.of(create(port, "avant la panne")));

            network.down();
            List<String> during = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                during.add(create(port, "pendant la panne " + i));
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("request while the broker is away answered in %d ms%n", millis);
                assertThat(millis).as("answer time while the broker is away (ms)").isLessThan(2000);
            }
            long start = System.nanoTime();
            relay.relayPending();
            long passMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("relay pass while the broker is away took %d ms%n", passMillis);
            assertThat(passMillis).as("relay pass while the broker is away (ms)").isLessThan(40_000);
            await().during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(10)).until(() -> during.stream()
                    .map(id -> mongo.findById(id, Document.class, "things"))
                    .allMatch(d -> d.getList("outbox", Document.class).size() == 1 && !d.containsKey("parkedOutbox")));

            network.up();
            long back = System.nanoTime();
            awaitPublished(brokers, during);
            System.out.printf("caught up %d ms after the broker returned%n", (System.nanoTime() - back) / 1_000_000);
            await().atMost(Duration.ofSeconds(10)).until(() -> during.stream()
                    .allMatch(id -> mongo.findById(id, Document.class, "things")
                            .getList("outbox", Document.class).isEmpty()));
            assertThat(relay.parkedCount()).isZero();
        } finally {
            service.close();
            network.close();
            broker.destroy();
        }
    }

    private static ConfigurableApplicationContext service(String database, String brokers) {
        return new SpringApplicationBuilder(SupportTestApplication.class)
                .initializers(context -> ((GenericApplicationContext) context).registerBean("testJwtDecoder",
                        JwtDecoder.class, () -> TestJwts.decoder()))
                .run("--server.port=0", "--spring.mongodb.uri=" + database,
                        "--spring.cloud.stream.kafka.binder.brokers=" + brokers,
                        "--spring.kafka.bootstrap-servers=" + brokers);
    }

    private String create(int port, String name) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + "/api/things"))
                .header("Authorization", "Bearer " + TestJwts.admin("admin.outage"))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JsonMapper.shared().readTree(response.body()).get("id").asString();
    }

    private static void awaitPublished(String brokers, List<String> ids) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", brokers,
                "group.id", "outage-test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("support.thing-events"));
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                List<String> keys = records.stream().map(r -> new String(r.key(), StandardCharsets.UTF_8)).toList();
                return keys.containsAll(ids);
            });
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
