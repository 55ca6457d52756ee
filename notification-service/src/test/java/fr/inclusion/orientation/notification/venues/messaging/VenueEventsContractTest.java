package fr.inclusion.orientation.notification.venues.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import fr.inclusion.orientation.contracts.EventSamples;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.contracts.venue.VenueRegistered;
import fr.inclusion.orientation.contracts.venue.VenueUpdated;
import fr.inclusion.orientation.contracts.venue.VenueWithdrawn;
import fr.inclusion.orientation.notification.inbox.InMemoryPorts;
import fr.inclusion.orientation.notification.venues.application.VenueRecords;
import fr.inclusion.orientation.notification.venues.domain.KnownVenue;

/** Every sample of the venue stream feeds the read model; versions decide, redeliveries change nothing. */
class VenueEventsContractTest {

    private static final String VENUE = "demo-revigny-france-services";

    private final InMemoryPorts.Venues venues = new InMemoryPorts.Venues();
    private final Consumer<Message<byte[]>> consumer = new VenueEventsConsumer().venueEvents(new VenueRecords(venues));

    @Test
    void everyVenueEventSampleIsConsumedAndTheLastVersionWins() {
        assertThat(EventSamples.samplesOf(VenueEvent.class).keySet())
                .containsExactlyInAnyOrderElementsOf(EventSamples.typesOf(VenueEvent.class));

        EventSamples.samplesOf(VenueEvent.class).values().forEach(json -> consumer.accept(message(json)));

        KnownVenue venue = venues.byId(VENUE).orElseThrow();
        assertThat(venue.name()).isEqualTo("France Services Revigny-sur-Ornain (démo)");
        assertThat(venue.communeCode()).isEqualTo("55427");
        assertThat(venue.courriels()).containsExactly("franceservices@example.org");
        assertThat(venue.version()).as("VenueWithdrawn is the last version").isEqualTo(4);
        assertThat(venue.active()).isFalse();
    }

    @Test
    void anOlderOrRedeliveredEventChangesNothing() {
        consumer.accept(message(EventSamples.sample(VenueUpdated.TYPE)));
        consumer.accept(message(EventSamples.sample(VenueUpdated.TYPE)));
        consumer.accept(message(EventSamples.sample(VenueRegistered.TYPE)));

        assertThat(venues.byId(VENUE).orElseThrow().version()).isEqualTo(2);
        assertThat(venues.byId(VENUE).orElseThrow().active()).isTrue();
    }

    @Test
    void withdrawalMakesTheVenueInactiveWhateverItsSnapshotSays() {
        String json = EventSamples.sample(VenueWithdrawn.TYPE).replace("\"active\": false", "\"active\": true");

        consumer.accept(message(json));

        assertThat(venues.byId(VENUE).orElseThrow().active()).isFalse();
    }

    @Test
    void undecodableOrMismatchedEventFails() {
        assertThatThrownBy(() -> consumer.accept(message("{\"type\":\"VenueRegistered\",")))
                .isInstanceOf(RuntimeException.class);
        String mismatched = EventSamples.sample(VenueRegistered.TYPE)
                .replace("\"venueId\": \"" + VENUE + "\"", "\"venueId\": \"another\"");
        assertThatThrownBy(() -> consumer.accept(message(mismatched))).isInstanceOf(IllegalArgumentException.class);
        assertThat(venues.byId("another")).isEmpty();
    }

    private static Message<byte[]> message(String json) {
        return MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8)).build();
    }
}
