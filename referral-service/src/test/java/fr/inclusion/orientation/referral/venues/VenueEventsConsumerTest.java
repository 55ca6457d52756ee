package fr.inclusion.orientation.referral.venues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.EventSamples;
import fr.inclusion.orientation.contracts.Topics;
import fr.inclusion.orientation.contracts.venue.VenueAvailabilityChanged;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.contracts.venue.VenueSnapshot;
import fr.inclusion.orientation.contracts.venue.VenueUpdated;
import fr.inclusion.orientation.contracts.venue.VenueWithdrawn;
import fr.inclusion.orientation.referral.RunningReferralService;
import fr.inclusion.orientation.referral.venues.domain.KnownVenue;
import fr.inclusion.orientation.referral.venues.domain.KnownVenues;

class VenueEventsConsumerTest extends RunningReferralService {

    @Autowired
    KnownVenues venues;

    @Autowired
    @Qualifier("venueEvents")
    Consumer<Message<byte[]>> venueEvents;

    @Test
    void everySampleOfTheVenueStreamIsConsumedFromTheTopic() {
        Map<String, VenueEvent> published = new LinkedHashMap<>();
        EventSamples.samplesOf(VenueEvent.class).forEach((type, sample) -> {
            // each sample under a venue id of its own, so that one sample cannot stand in for another
            String venueId = "sample-" + type + "-" + UUID.randomUUID();
            String json = sample.replace("demo-revigny-france-services", venueId);
            publishRaw(venueId, json.getBytes(StandardCharsets.UTF_8));
            published.put(venueId, EventCodec.read(json, VenueEvent.class));
        });

        assertThat(published).hasSize(EventSamples.typesOf(VenueEvent.class).size());
        published.forEach((venueId, event) -> {
            awaitVenueVersion(venueId, event.version());
            KnownVenue venue = venues.byId(venueId).orElseThrow();
            assertThat(venue.name()).isEqualTo(event.venue().nom());
            assertThat(venue.services()).containsExactlyElementsOf(event.venue().services());
            assertThat(venue.active()).isEqualTo(event.venue().active());
            assertThat(venue.intakePaused()).isEqualTo(event.venue().intakePaused());
            assertThat(venue.weeklyCapacity()).isEqualTo(event.venue().weeklyCapacity());
            assertThat(venue.answerDelayDays()).isEqualTo(event.venue().answerDelayDays());
        });
    }

    @Test
    void olderEventArrivingLateChangesNothing() {
        String id = "venue-" + UUID.randomUUID();
        VenueEvent registered = venueEvent(id, 1, List.of("Aide aux démarches administratives"), true, false);
        VenueEvent updated = new VenueUpdated(UUID.randomUUID(), registered.occurredAt().plusSeconds(60), id, 2,
                venueEvent(id, 2, List.of("Loisirs et créations numériques"), true, true).venue());

        venueEvents.accept(message(updated));
        venueEvents.accept(message(registered));

        KnownVenue venue = venues.byId(id).orElseThrow();
        assertThat(venue.version()).isEqualTo(2);
        assertThat(venue.services()).containsExactly("Loisirs et créations numériques");
        assertThat(venue.intakePaused()).isTrue();
        assertThat(mongo.getCollection("venues").countDocuments(new Document("_id", id))).isEqualTo(1);
    }

    @Test
    void redeliveredEventIsNotWrittenAgain() {
        String id = "venue-" + UUID.randomUUID();
        VenueEvent registered = venueEvent(id, 1, List.of("Aide aux démarches administratives"), true, false);
        venueEvents.accept(message(registered));
        Document before = mongo.findById(id, Document.class, "venues");

        venueEvents.accept(message(registered));

        Document after = mongo.findById(id, Document.class, "venues");
        assertThat(after.get("receivedAt")).isEqualTo(before.get("receivedAt"));
        assertThat(after.getString("lastEventId")).isEqualTo(registered.eventId().toString());
    }

    @Test
    void newerEventReplacesTheSnapshot() {
        String id = "venue-" + UUID.randomUUID();
        venueEvents.accept(message(venueEvent(id, 1, List.of("Aide aux démarches administratives"), true, false)));
        venueEvents.accept(message(venueEvent(id, 5, List.of("Aide aux démarches administratives"), false, false)));

        assertThat(venues.byId(id).orElseThrow().active()).isFalse();
        assertThat(venues.byId(id).orElseThrow().version()).isEqualTo(5);
    }

    @Test
    void aWithdrawalFromTheTopicMakesTheVenueInactive() {
        String id = registeredVenue(List.of("Aide aux démarches administratives"));
        VenueSnapshot last = venueEvent(id, 2, List.of("Aide aux démarches administratives"), false, false).venue();

        publish(new VenueWithdrawn(UUID.randomUUID(), Instant.now(), id, 2, last));
        awaitVenueVersion(id, 2);

        KnownVenue venue = venues.byId(id).orElseThrow();
        assertThat(venue.active()).isFalse();
        assertThat(venue.name()).as("the rest of the snapshot is kept").isEqualTo(last.nom());
    }

    @Test
    void aWithdrawalWhoseSnapshotStillSaysActiveLeavesTheVenueInactive() {
        String id = "venue-" + UUID.randomUUID();
        venueEvents.accept(message(venueEvent(id, 1, List.of("Aide aux démarches administratives"), true, false)));
        VenueSnapshot stillActive = venueEvent(id, 2, List.of("Aide aux démarches administratives"), true, false)
                .venue();

        venueEvents.accept(message(new VenueWithdrawn(UUID.randomUUID(), Instant.now(), id, 2,
                stillActive)));

        assertThat(venues.byId(id).orElseThrow().active()).isFalse();
        assertThat(venues.byId(id).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void anAvailabilityChangeFromTheTopicPausesIntakeAndSetsTheWeeklyCapacity() {
        String id = registeredVenue(List.of("Aide aux démarches administratives"));
        assertThat(venues.byId(id).orElseThrow().weeklyCapacity()).isNull();

        publish(new VenueAvailabilityChanged(UUID.randomUUID(), Instant.now(), id, 2,
                withAvailability(venueEvent(id, 2, List.of("Aide aux démarches administratives"), true, true)
                        .venue(), 8, null)));
        awaitVenueVersion(id, 2);

        KnownVenue venue = venues.byId(id).orElseThrow();
        assertThat(venue.intakePaused()).isTrue();
        assertThat(venue.weeklyCapacity()).isEqualTo(8);
        assertThat(venue.active()).isTrue();
    }

    @Test
    void anAvailabilityChangeOlderThanAWithdrawalDoesNotReopenTheVenue() {
        String id = "venue-" + UUID.randomUUID();
        VenueSnapshot open = venueEvent(id, 2, List.of("Aide aux démarches administratives"), true, false).venue();
        VenueSnapshot closed = venueEvent(id, 3, List.of("Aide aux démarches administratives"), false, false)
                .venue();
        venueEvents.accept(message(new VenueWithdrawn(UUID.randomUUID(), Instant.now(), id, 3, closed)));

        venueEvents.accept(message(new VenueAvailabilityChanged(UUID.randomUUID(), Instant.now(), id, 2,
                withAvailability(open, 20, 2))));

        KnownVenue venue = venues.byId(id).orElseThrow();
        assertThat(venue.active()).isFalse();
        assertThat(venue.version()).isEqualTo(3);
        assertThat(venue.weeklyCapacity()).isNull();
        assertThat(venue.answerDelayDays()).isNull();
    }

    @Test
    void theReadModelKeepsTheAnswerDelayAVenueAnnouncedUntilItsNextSnapshot() {
        String id = registeredVenue(List.of("Aide aux démarches administratives"));
        assertThat(venues.byId(id).orElseThrow().answerDelayDays()).as("not said: the default applies").isNull();

        publish(new VenueAvailabilityChanged(UUID.randomUUID(), Instant.now(), id, 2,
                withAvailability(venueEvent(id, 2, List.of("Aide aux démarches administratives"), true, false)
                        .venue(), null, 5)));
        awaitVenueVersion(id, 2);

        assertThat(venues.byId(id).orElseThrow().answerDelayDays()).isEqualTo(5);
        assertThat(mongo.findById(id, Document.class, "venues").get("venue", Document.class)
                .getInteger("answerDelayDays")).as("stored with the snapshot").isEqualTo(5);

        VenueSnapshot last = withAvailability(venueEvent(id, 3, List.of("Aide aux démarches administratives"),
                true, false).venue(), null, 5);
        venueEvents.accept(message(new VenueWithdrawn(UUID.randomUUID(), Instant.now(), id, 3, last)));
        KnownVenue withdrawn = venues.byId(id).orElseThrow();
        assertThat(withdrawn.active()).isFalse();
        assertThat(withdrawn.answerDelayDays()).as("a withdrawal keeps the rest of the snapshot").isEqualTo(5);

        venueEvents.accept(message(new VenueAvailabilityChanged(UUID.randomUUID(), Instant.now(), id, 4,
                venueEvent(id, 4, List.of("Aide aux démarches administratives"), true, false).venue())));
        assertThat(venues.byId(id).orElseThrow().answerDelayDays()).as("back to the default").isNull();
    }

    @Test
    void undecodablePayloadIsRefused() {
        assertThatThrownBy(() -> venueEvents.accept(MessageBuilder
                .withPayload("{\"type\":\"VenueTeleported\"}".getBytes(StandardCharsets.UTF_8)).build()))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void undecodablePayloadEndsInTheDeadLetterTopicWithItsCause() {
        String garbage = "not an event " + UUID.randomUUID();
        // the venue stream is compacted by venue id: the broker refuses a record without a key
        publishRaw("venue-" + UUID.randomUUID(), garbage.getBytes(StandardCharsets.UTF_8));

        String deadLetters = Topics.deadLetter(Topics.VENUE_EVENTS, "referral-service");
        assertThat(deadLetters).isEqualTo("venue.venue-events.referral-service.dlq");
        await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> assertThat(recordsOf(deadLetters))
                .anySatisfy(r -> {
                    assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo(garbage);
                    assertThat(header(r, "x-original-topic")).isEqualTo(Topics.VENUE_EVENTS);
                    assertThat(header(r, "x-exception-fqcn")).startsWith("tools.jackson.");
                    assertThat(header(r, "x-exception-message")).isNotBlank();
                }));
    }

    private static String header(org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]> record,
            String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static VenueSnapshot withAvailability(VenueSnapshot v, Integer weeklyCapacity, Integer answerDelayDays) {
        return new VenueSnapshot(v.id(), v.pivot(), v.nom(), v.commune(), v.codePostal(), v.codeInsee(),
                v.adresse(), v.complementAdresse(), v.latitude(), v.longitude(), v.typologie(), v.telephone(),
                v.courriels(), v.siteWeb(), v.horaires(), v.presentationResume(), v.source(), v.structureParente(),
                v.dateMaj(), v.services(), v.publicsSpecifiquementAdresses(), v.priseEnChargeSpecifique(),
                v.fraisACharge(), v.itinerance(), v.modalitesAcces(), v.modalitesAccompagnement(),
                v.dispositifProgrammesNationaux(), v.stops(), v.intakePaused(), v.active(), weeklyCapacity,
                answerDelayDays);
    }

    private static Message<byte[]> message(VenueEvent event) {
        return MessageBuilder.withPayload(EventCodec.write(event)).build();
    }
}
