package fr.inclusion.orientation.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.Topics;
import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestInfrastructure;
import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole service with a real broker, store and tokens: events published on the referral topic become inbox
 * entries, live events, or dead letters. Every test uses its own venues, referrals and users, so no test sees
 * another's notifications whatever the order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.stream.heartbeat=1s", "notification.digest.cron=-",
        "notification.web-base-url=https://orientation.example"})
@RealInfrastructure
@Import(BoundaryFixtures.class)
class NotificationServiceTest {

    private static final String NEED = "Maîtrise des outils numériques du quotidien";
    private static final String COMMUNE = "55427";
    private static final Duration DELIVERY = Duration.ofSeconds(30);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static KafkaProducer<byte[], byte[]> producer;

    @LocalServerPort
    int port;

    @BeforeAll
    static void producer() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", TestInfrastructure.kafkaBrokers()),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void closeProducer() {
        producer.close(Duration.ofSeconds(5));
    }

    @Test
    void sentReferralLandsInTheVenueInboxOnlyInFrench() throws Exception {
        String venue = newVenue();
        String staff = TestJwts.venueStaff("lieu.franceservices", venue);
        ReferralSent sent = sent(venue, "secretaire.revigny");

        publish(sent);

        JsonNode inbox = awaitTotal(staff, "", 1);
        JsonNode item = inbox.get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(sent.eventId() + ":venue:" + venue);
        assertThat(item.get("kind").asString()).isEqualTo("REFERRAL_RECEIVED");
        assertThat(item.get("referralId").asString()).isEqualTo(sent.referralId());
        assertThat(item.get("venueId").asString()).isEqualTo(venue);
        assertThat(item.get("title").asString()).isEqualTo("Nouvelle orientation reçue");
        assertThat(item.get("body").asString()).contains(NEED).contains("Revigny-sur-Ornain (" + COMMUNE + ")");
        assertThat(item.get("link").asString()).isEqualTo("/orientations/" + sent.referralId());
        assertThat(item.get("read").asBoolean()).isFalse();
        assertThat(Instant.parse(item.get("createdAt").asString()))
                .isEqualTo(sent.occurredAt().truncatedTo(ChronoUnit.MILLIS));
        assertThat(inbox.get("page").asInt()).isZero();
        assertThat(inbox.get("size").asInt()).isEqualTo(20);

        assertThat(total(TestJwts.venueStaff("lieu.mediatheque", newVenue()), "")).as("another venue").isZero();
        assertThat(total(TestJwts.secretary("secretaire.revigny", COMMUNE), "")).as("the secretary").isZero();
    }

    @Test
    void apiDocumentIsPublishedWithoutTokenAndNamesTheInboxAndPreferences() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs", null);

        assertThat(docs.statusCode()).isEqualTo(200);
        JsonNode paths = JSON.readTree(docs.body()).get("paths");
        assertThat(paths.has("/api/notifications")).isTrue();
        assertThat(paths.has("/api/notifications/stream")).isTrue();
        assertThat(paths.has("/api/notification-preferences")).isTrue();
        assertThat(paths.has("/api/outbound/parked")).isTrue();
    }

    @Test
    void redeliveredEventStaysOneInboxEntry() throws Exception {
        String venue = newVenue();
        String secretary = newUsername();
        ReferralSent sent = sent(venue, secretary);

        publish(sent);
        publish(sent);
        // Same key, same partition: once the acceptance is processed, both copies of the sent event were too.
        publish(accepted(sent));

        awaitTotal(TestJwts.secretary(secretary, COMMUNE), "", 1);
        assertThat(total(TestJwts.venueStaff("lieu.franceservices", venue), "")).isEqualTo(1);
    }

    @Test
    void acceptedReferralReachesTheSecretaryWhoSentIt() throws Exception {
        String venue = newVenue();
        String secretary = newUsername();
        ReferralSent sent = sent(venue, secretary);

        publish(sent);
        publish(accepted(sent));

        JsonNode item = awaitTotal(TestJwts.secretary(secretary, COMMUNE), "", 1).get("items").get(0);
        assertThat(item.get("kind").asString()).isEqualTo("REFERRAL_ACCEPTED");
        assertThat(item.get("title").asString()).isEqualTo("Orientation acceptée");
        assertThat(item.get("body").asString()).contains(NEED).contains("Revigny-sur-Ornain (" + COMMUNE + ")");
        assertThat(item.get("referralId").asString()).isEqualTo(sent.referralId());
        assertThat(total(TestJwts.venueStaff("lieu.franceservices", venue), "")).as("venue keeps one").isEqualTo(1);
    }

    @Test
    void readNotificationLeavesTheUnreadList() throws Exception {
        String venue = newVenue();
        String staff = TestJwts.venueStaff("lieu.franceservices", venue);
        publish(sent(venue, newUsername()));
        String id = awaitTotal(staff, "?unread=true", 1).get("items").get(0).get("id").asString();

        HttpResponse<String> read = post("/api/notifications/" + id + "/read", staff);

        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode readItem = JSON.readTree(read.body());
        assertThat(readItem.get("read").asBoolean()).isTrue();
        assertThat(readItem.get("readAt").isNull()).isFalse();
        assertThat(total(staff, "?unread=true")).isZero();
        JsonNode all = inbox(staff, "");
        assertThat(all.get("total").asLong()).isEqualTo(1);
        assertThat(all.get("items").get(0).get("read").asBoolean()).isTrue();
        assertThat(post("/api/notifications/" + id + "/read", staff).statusCode()).as("again").isEqualTo(200);
    }

    @Test
    void markingANotificationOutsideOnesInboxIsNotFound() throws Exception {
        String venue = newVenue();
        String staff = TestJwts.venueStaff("lieu.franceservices", venue);
        publish(sent(venue, newUsername()));
        String id = awaitTotal(staff, "", 1).get("items").get(0).get("id").asString();

        HttpResponse<String> someoneElse = post("/api/notifications/" + id + "/read",
                TestJwts.venueStaff("lieu.mediatheque", newVenue()));
        HttpResponse<String> unknown = post("/api/notifications/" + UUID.randomUUID() + "/read", staff);

        for (HttpResponse<String> response : List.of(someoneElse, unknown)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertProblem(response);
            assertThat(response.body()).contains("notification-not-found").contains("Notification introuvable");
        }
        assertThat(total(staff, "?unread=true")).as("still unread for its venue").isEqualTo(1);
    }

    @Test
    void callerWithoutTokenGetsAProblem401() throws Exception {
        for (HttpRequest.Builder request : List.of(
                request("/api/notifications", null),
                request("/api/notifications/stream", null),
                request("/api/notifications/x/read", null).POST(HttpRequest.BodyPublishers.noBody()))) {
            HttpResponse<String> response = TestHttp.send(request);
            assertThat(response.statusCode()).isEqualTo(401);
            assertProblem(response);
        }
    }

    @Test
    void invalidPagingIsAProblem400() throws Exception {
        String staff = TestJwts.venueStaff("lieu.franceservices", newVenue());
        for (String query : List.of("?size=0", "?size=101", "?page=-1")) {
            HttpResponse<String> response = get("/api/notifications" + query, staff);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertProblem(response);
            assertThat(response.body()).contains("\"field\"");
        }
        HttpResponse<String> notABoolean = get("/api/notifications?unread=peut-etre", staff);
        assertThat(notABoolean.statusCode()).isEqualTo(400);
        assertProblem(notABoolean);
    }

    @Test
    void undecodableRecordIsParkedInTheDeadLetterTopic() throws Exception {
        String key = "garbage-" + UUID.randomUUID();
        byte[] garbage = "{\"type\":\"ReferralSent\",\"eventId\":".getBytes(StandardCharsets.UTF_8);
        producer.send(new ProducerRecord<>(Topics.REFERRAL_EVENTS, key.getBytes(StandardCharsets.UTF_8), garbage))
                .get(10, TimeUnit.SECONDS);

        assertThat(awaitDeadLetter(key).value()).isEqualTo(garbage);
    }

    @Test
    void acceptanceOfAReferralNeverSentIsRetriedThenParkedNotLost() throws Exception {
        ReferralAccepted orphan = accepted(sent(newVenue(), newUsername()));
        long published = System.currentTimeMillis();

        publish(orphan);

        ConsumerRecord<byte[], byte[]> parked = awaitDeadLetter(orphan.referralId());
        assertThat(EventCodec.read(parked.value(), ReferralEvent.class)).isEqualTo(orphan);
        // three attempts with 500 ms then 1 s of backoff before giving up
        assertThat(System.currentTimeMillis() - published).isGreaterThanOrEqualTo(1500);
    }

    @Test
    void liveStreamPushesNewNotificationsToTheirAudienceOnly() throws Exception {
        String venue = newVenue();
        String otherVenue = newVenue();
        HttpResponse<Stream<String>> stream = TestHttp.client().sendAsync(
                request("/api/notifications/stream", TestJwts.venueStaff("lieu.franceservices", venue))
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        List<String> lines = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                stream.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // the test closed the stream
            }
        });
        try {
            assertThat(stream.statusCode()).isEqualTo(200);
            assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(
                    ct -> assertThat(ct).startsWith("text/event-stream"));

            ReferralSent elsewhere = sent(otherVenue, newUsername());
            publish(elsewhere);
            awaitTotal(TestJwts.venueStaff("lieu.mediatheque", otherVenue), "", 1);
            ReferralSent ours = sent(venue, newUsername());
            publish(ours);

            await().atMost(DELIVERY).until(() -> lines.stream()
                    .anyMatch(l -> l.startsWith("data:") && l.contains(ours.referralId())));
            assertThat(lines).anyMatch(l -> l.startsWith("event:") && l.contains("notification"));
            assertThat(lines).anyMatch(l -> l.startsWith("id:") && l.contains(ours.eventId().toString()));
            assertThat(lines).noneMatch(l -> l.contains(elsewhere.referralId()));
            await().atMost(Duration.ofSeconds(5)).until(() -> lines.stream().anyMatch(l -> l.startsWith(":heartbeat")));
        } finally {
            stream.body().close();
            reader.interrupt();
        }
    }

    private static String newVenue() {
        return "venue-" + UUID.randomUUID();
    }

    private static String newUsername() {
        return "secretaire-" + UUID.randomUUID();
    }

    private static ReferralSent sent(String venueId, String secretaryUsername) {
        return new ReferralSent(UUID.randomUUID(), Instant.now(), UUID.randomUUID().toString(), 1, venueId, NEED,
                COMMUNE, TestJwts.subjectOf(secretaryUsername), List.of("free"), LocalDate.now().plusDays(10), null);
    }

    private static ReferralAccepted accepted(ReferralSent sent) {
        return new ReferralAccepted(UUID.randomUUID(), Instant.now(), sent.referralId(), 2, sent.venueId(),
                sent.need(), sent.communeCode(), TestJwts.subjectOf("lieu.franceservices"));
    }

    private static void publish(ReferralEvent event) throws Exception {
        producer.send(new ProducerRecord<>(Topics.REFERRAL_EVENTS, event.referralId().getBytes(StandardCharsets.UTF_8),
                EventCodec.write(event))).get(10, TimeUnit.SECONDS);
    }

    private static ConsumerRecord<byte[], byte[]> awaitDeadLetter(String key) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", TestInfrastructure.kafkaBrokers(),
                "group.id", "dlq-reader-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                // the dead-letter topic may not exist yet: look for it often
                "metadata.max.age.ms", "500"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetter(Topics.REFERRAL_EVENTS, "notification-service")));
            await().atMost(DELIVERY).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.stream().anyMatch(r -> key.equals(new String(r.key(), StandardCharsets.UTF_8)));
            });
        }
        return records.stream().filter(r -> key.equals(new String(r.key(), StandardCharsets.UTF_8)))
                .findFirst().orElseThrow();
    }

    private JsonNode awaitTotal(String token, String query, long expected) {
        return calls().awaitTotal(token, query, expected);
    }

    private long total(String token, String query) {
        return calls().total(token, query);
    }

    private JsonNode inbox(String token, String query) {
        return calls().inbox(token, query);
    }

    private static void assertProblem(HttpResponse<String> response) {
        ServiceCalls.assertProblem(response);
    }

    private ServiceCalls calls() {
        return new ServiceCalls(port);
    }

    private HttpRequest.Builder request(String path, String token) {
        return calls().request(path, token);
    }

    private HttpResponse<String> get(String path, String token) {
        return calls().get(path, token);
    }

    private HttpResponse<String> post(String path, String token) {
        return calls().post(path, token);
    }
}
