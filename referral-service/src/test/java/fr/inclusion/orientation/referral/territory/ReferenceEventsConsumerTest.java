package fr.inclusion.orientation.referral.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.Topics;
import fr.inclusion.orientation.contracts.reference.DepartementReferenceImported;
import fr.inclusion.orientation.referral.RunningReferralService;
import fr.inclusion.orientation.support.reference.ReferenceDepartements;

/** Départements imported into venue-service reach referral-service's commune→EPCI table through the topic. */
class ReferenceEventsConsumerTest extends RunningReferralService {

    @Autowired
    CommuneEpciTable table;

    @Autowired
    @Qualifier("referenceEvents")
    Consumer<Message<byte[]>> referenceEvents;

    @Test
    void anImportedDepartementIsLearntFromTheTopicAndKeptForTheNextStart() {
        publishRaw(Topics.REFERENCE_EVENTS, "986", EventCodec.write(imported("986", 1, "98611", "200099002")));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(table.epciOf("98611")).hasValue("200099002"));
        assertThat(table.departementsOf("200099002")).containsExactly("986");
        assertThat(table.epciOf("55427")).as("Meuse still known").hasValue("245501184");
        Document stored = mongo.findById("986", Document.class, ReferenceDepartements.COLLECTION);
        assertThat(stored.get("version")).isEqualTo(1L);
        assertThat(new CommuneEpciTable(new ReferenceDepartements(mongo)).epciOf("98611")).hasValue("200099002");
    }

    @Test
    void anOlderImportArrivingLateChangesNothing() {
        referenceEvents.accept(message(imported("987", 2, "98712", "200099003")));
        referenceEvents.accept(message(imported("987", 1, "98799", "200099004")));

        assertThat(table.epciOf("98712")).hasValue("200099003");
        assertThat(table.knows("98799")).isFalse();
        assertThat(mongo.findById("987", Document.class, ReferenceDepartements.COLLECTION).get("version"))
                .isEqualTo(2L);
    }

    private static DepartementReferenceImported imported(String departement, long version, String commune,
            String epci) {
        return new DepartementReferenceImported(UUID.randomUUID(), Instant.parse("2026-03-02T09:15:00Z"),
                departement, version, List.of(new DepartementReferenceImported.Commune(commune, "Commune inventée",
                        List.of(commune), 100, epci, "CC inventée", -13.3, -176.2)));
    }

    private static Message<byte[]> message(DepartementReferenceImported event) {
        return MessageBuilder.withPayload(EventCodec.write(event)).build();
    }
}
