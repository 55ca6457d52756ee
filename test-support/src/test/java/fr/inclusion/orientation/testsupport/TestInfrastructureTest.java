package fr.inclusion.orientation.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

class TestInfrastructureTest {

    @Test
    void tokensCarryTheRealmClaimsAndAreTrustedByTheTestDecoders() {
        Jwt jwt = TestJwts.decoder().decode(TestJwts.secretary("secretaire.revigny", "55427"));

        assertThat(jwt.getSubject()).isEqualTo(TestJwts.subjectOf("secretaire.revigny"));
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("secretary");
        assertThat(jwt.getClaimAsStringList("communes")).containsExactly("55427");
        assertThat(jwt.getAudience()).contains("gateway");
        assertThat(TestJwts.reactiveDecoder().decode(TestJwts.venueStaff("lieu", "v1")).block()
                .getClaimAsString("venue_id")).isEqualTo("v1");
    }

    @Test
    void aTamperedTokenIsRejected() {
        String token = TestJwts.admin("admin");
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA";

        assertThatThrownBy(() -> TestJwts.decoder().decode(tampered)).isInstanceOf(JwtException.class);
    }

    @Test
    void eachUriIsAFreshDatabaseOnTheSharedStore() {
        String first = TestInfrastructure.newMongoUri();
        String second = TestInfrastructure.newMongoUri();
        assertThat(first).isNotEqualTo(second).startsWith(TestInfrastructure.mongoBase());

        try (MongoClient client = MongoClients.create(TestInfrastructure.mongoBase())) {
            String database = first.substring(first.lastIndexOf('/') + 1);
            client.getDatabase(database).getCollection("probe").insertOne(new Document("_id", "x"));
            assertThat(client.getDatabase(database).getCollection("probe").countDocuments()).isEqualTo(1);
            String other = second.substring(second.lastIndexOf('/') + 1);
            assertThat(client.getDatabase(other).getCollection("probe").countDocuments()).isZero();
        }
    }

    @Test
    void theBrokerAcceptsAndReturnsRecords() throws Exception {
        String topic = "test-support.probe";
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", TestInfrastructure.kafkaBrokers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "v")).get();
        }
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of("bootstrap.servers", TestInfrastructure.kafkaBrokers(), "group.id", "probe",
                        "auto.offset.reset", "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
                return values.contains("v");
            });
        }
    }
}
