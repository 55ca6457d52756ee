package fr.inclusion.orientation.notification.inbox.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

import fr.inclusion.orientation.contracts.EventSamples;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.notification.inbox.InMemoryPorts;

/** Every sample message of the referral stream goes through this service's consumer function without error. */
class ReferralEventsContractTest {

    private final InMemoryPorts.Service service = new InMemoryPorts.Service();
    private final Consumer<Message<byte[]>> consumer = new ReferralEventsConsumer().referralEvents(service.delivery);

    @Test
    void everyReferralEventSampleIsConsumed() {
        Map<String, String> samples = EventSamples.samplesOf(ReferralEvent.class);
        assertThat(samples.keySet()).containsExactlyInAnyOrderElementsOf(EventSamples.typesOf(ReferralEvent.class));
        // The samples describe one referral; its ReferralSent comes first on the wire, as on the topic.
        consumer.accept(message(samples.get(ReferralSent.TYPE)));

        samples.forEach((type, json) -> assertThatCode(() -> consumer.accept(message(json))).as(type)
                .doesNotThrowAnyException());

        // venue: received, cancelled, reminder; secretary: accepted, declined, closed, expired; escalation: the
        // EPCI's and the département's coordinators; the re-routing itself: nobody
        assertThat(service.inboxes.all()).hasSize(9);
    }

    private static Message<byte[]> message(String json) {
        return MessageBuilder.withPayload(json.getBytes(StandardCharsets.UTF_8)).build();
    }
}
