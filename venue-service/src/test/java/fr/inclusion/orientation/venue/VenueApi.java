package fr.inclusion.orientation.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.Topics;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.testsupport.TestInfrastructure;
import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.TestJwts;

/** The venue API over HTTP for tests: requests with test tokens, a valid venue to start from, problem checks. */
public final class VenueApi {

    public static final JsonMapper JSON = TestHttp.JSON;
    public static final String ADMIN = TestJwts.admin("admin");

    private final TestHttp http;

    public VenueApi(int port) {
        this.http = TestHttp.onPort(port);
    }

    public static String newId() {
        return "test-" + UUID.randomUUID();
    }

    /** A valid fixed venue of Revigny-sur-Ornain (EPCI 245501184, département 55) in the standard's JSON form. */
    public static Map<String, Object> venue(String id) {
        Map<String, Object> venue = new LinkedHashMap<>();
        venue.put("id", id);
        venue.put("pivot", "20004478300014");
        venue.put("nom", "Espace numérique d'essai");
        venue.put("commune", "Revigny-sur-Ornain");
        venue.put("code_postal", "55800");
        venue.put("code_insee", "55427");
        venue.put("adresse", "1 rue de l'Essai");
        venue.put("latitude", 48.8285);
        venue.put("longitude", 4.9847);
        venue.put("typologie", List.of("EPN"));
        venue.put("horaires", "Mo-Fr 09:00-12:00");
        venue.put("date_maj", "2026-11-01");
        venue.put("services", List.of("Aide aux démarches administratives"));
        venue.put("frais_a_charge", List.of("Gratuit"));
        venue.put("itinerance", List.of("Fixe"));
        return venue;
    }

    /** Registers {@link #venue(String)} as admin, returns its id. */
    public String registered() {
        return registered(venue(newId()));
    }

    public String registered(Map<String, Object> venue) {
        HttpResponse<String> response = send("POST", "/api/venues", ADMIN, json(venue));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return (String) venue.get("id");
    }

    public HttpResponse<String> get(String path, String token) {
        return http.get(path, token);
    }

    public HttpResponse<String> send(String method, String path, String token, String body) {
        return http.send(method, path, token, body);
    }

    /** A body of another type than JSON: a CSV file to import, for instance. */
    public HttpResponse<String> send(String method, String path, String token, String contentType, String body) {
        TestHttp.Call call = http.call(method, path).token(token);
        return (body == null ? call : call.body(contentType, body)).send();
    }

    /** The client these calls go through, for calls of another shape. */
    public TestHttp http() {
        return http;
    }

    public static String json(Object value) {
        return TestHttp.write(value);
    }

    public static JsonNode read(HttpResponse<String> response) {
        return TestHttp.json(response);
    }

    /** The response is a problem+json of this status, with a type, title and status. */
    public static JsonNode assertProblem(HttpResponse<String> response, int status) {
        return TestHttp.assertProblem(response, status);
    }

    public static List<String> errorFields(HttpResponse<String> response) {
        return TestHttp.errorFields(response);
    }

    /** Every event of the venue on the topic, in order, read from the beginning up to the current end. */
    public static List<VenueEvent> eventsOf(String venueId) {
        List<VenueEvent> events = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", TestInfrastructure.kafkaBrokers(),
                "group.id", "venue-service-test-" + UUID.randomUUID(),
                "enable.auto.commit", "false"), new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.VENUE_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() != null
                            && venueId.equals(new String(record.key(), StandardCharsets.UTF_8))) {
                        events.add(EventCodec.read(record.value(), VenueEvent.class));
                    }
                }
            }
        }
        return events;
    }
}
