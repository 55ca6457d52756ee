package fr.inclusion.orientation.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ContextConfiguration;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.venue.VenueRegistered;
import fr.inclusion.orientation.support.SupportTestApplication;
import fr.inclusion.orientation.testsupport.NetworkCut;
import fr.inclusion.orientation.testsupport.TestInfrastructure;

/**
 * The consumer's store goes away (its connections cut, its port refusing) for longer than the binding's retries
 * last: the records wait, none goes to the dead-letter topic, and once the store is back each is applied once, in
 * order per key.
 */
@SpringBootTest(classes = SupportTestApplication.class)
@ContextConfiguration(initializers = StoreOutageTest.ThroughCut.class)
class StoreOutageTest extends ConsumingTest {

    static final String NAME = "outage";
    static final NetworkCut STORE = NetworkCut.to(TestInfrastructure.mongoBase());

    static class ThroughCut extends TestInfrastructure.Initializer {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            super.initialize(context);
            // the driver gives up on a request after a second, so that each attempt fails fast while the store is
            // away (the production timeouts are another matter)
            bindTo(context, NAME, "spring.mongodb.uri=mongodb://127.0.0.1:" + STORE.port() + "/outage-"
                    + UUID.randomUUID().toString().substring(0, 8)
                    + "?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000&socketTimeoutMS=2000",
                    // waits of 200 ms then 400 ms, at most 1 s: many attempts during the outage
                    "orientation.messaging.transient-retry.initial-interval=200ms",
                    "orientation.messaging.transient-retry.max-interval=1s");
        }
    }

    @Autowired
    MongoTemplate mongo;

    @AfterAll
    static void restoreTheStore() {
        STORE.restore();
    }

    @Test
    void recordsWaitForTheStoreWithoutDeadLettersAndPassInOrderWhenItIsBack() throws Exception {
        String key = "thing-" + UUID.randomUUID();
        List<VenueRegistered> events = List.of(SupportTestApplication.event(key, "one"),
                SupportTestApplication.event(key, "two"), SupportTestApplication.event(key, "three"));
        send(topicOf(NAME), key, EventCodec.write(events.getFirst()));
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(mongo, key).size() == 1);

        STORE.cut();
        try {
            send(topicOf(NAME), key, EventCodec.write(events.get(1)));
            send(topicOf(NAME), key, EventCodec.write(events.get(2)));
            // far longer than the binding's 3 attempts (100 ms, 200 ms): each attempt fails on the store
            await().during(Duration.ofSeconds(8)).atMost(Duration.ofSeconds(12))
                    .until(() -> recordsOf(deadLettersOf(NAME)).isEmpty());
        } finally {
            STORE.restore();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> applied(mongo, key).size() == 3);
        assertThat(applied(mongo, key)).containsExactlyElementsOf(
                events.stream().map(e -> e.eventId().toString()).toList());
        assertThat(recordsOf(deadLettersOf(NAME))).isEmpty();
    }
}
