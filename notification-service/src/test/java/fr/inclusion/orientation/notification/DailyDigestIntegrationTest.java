package fr.inclusion.orientation.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import fr.inclusion.orientation.contracts.referral.ReferralEscalated;
import fr.inclusion.orientation.notification.inbox.application.DailyDigest;
import fr.inclusion.orientation.notification.inbox.application.NotificationDelivery;
import fr.inclusion.orientation.notification.inbox.application.WebLinks;
import fr.inclusion.orientation.notification.inbox.domain.DigestEntries;
import fr.inclusion.orientation.notification.inbox.domain.Leases;
import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.Contact;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.testsupport.RealInfrastructure;

/**
 * Daily digests on the real store with a pinned clock: one e-mail per coordinator and day listing what came the
 * day before, nothing when there is nothing, and once only however many runs and instances.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.stream.heartbeat=1s", "notification.digest.cron=-",
        "notification.web-base-url=https://orientation.example"})
@RealInfrastructure
@Import(BoundaryFixtures.class)
class DailyDigestIntegrationTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Autowired
    NotificationDelivery delivery;

    @Autowired
    DailyDigest digest;

    @Autowired
    DigestEntries entries;

    @Autowired
    Leases leases;

    @Autowired
    WebLinks links;

    @Autowired
    BoundaryFixtures.TestClock clock;

    @Autowired
    BoundaryFixtures.RecordingDispatch dispatch;

    @Autowired
    BoundaryFixtures.FixedDirectory directory;

    @AfterEach
    void releaseClock() {
        clock.release();
    }

    @Test
    void oneDigestPerCoordinatorAndDayListingTheDayBeforeAndNothingWhenThereIsNothing() {
        String departement = "d" + UUID.randomUUID().toString().substring(0, 6);
        String epci = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L));
        Contact ofDepartement = directory.coordinator(departement,
                new Contact("coord-" + departement, "Dominique", "coord-" + departement + "@meuse.example", null));
        Contact ofEpci = directory.coordinator(epci,
                new Contact("coord-" + epci, "Claude", "coord-" + epci + "@cc.example", null));

        clock.pin(Instant.parse("2031-03-10T09:00:00Z"));
        ReferralEscalated first = escalated(epci, departement);
        delivery.deliver(first);
        delivery.deliver(first);

        clock.pin(Instant.parse("2031-03-10T16:00:00Z"));
        digest.sendToday();
        assertThat(to(ofDepartement)).as("the same day: tomorrow's digest").isEmpty();

        clock.pin(Instant.parse("2031-03-11T06:30:00Z")); // 07:30 in Paris
        digest.sendToday();

        for (Contact coordinator : List.of(ofDepartement, ofEpci)) {
            assertThat(to(coordinator)).singleElement().satisfies(m -> {
                assertThat(m.id()).isEqualTo("digest:" + coordinator.userId() + ":2031-03-11");
                assertThat(m.channel()).isEqualTo(Channel.EMAIL);
                assertThat(m.subject())
                        .isEqualTo("Orientation numérique – récapitulatif du mardi 11 mars 2031 (1 notification)");
                assertThat(m.text()).startsWith("Bonjour " + coordinator.displayName() + ",")
                        .contains("Orientation sans réponse signalée")
                        .contains("Revigny-sur-Ornain (55427)")
                        .contains("https://orientation.example/orientations/" + first.referralId())
                        .doesNotContain("Jeanne").doesNotContain("+33600000000");
                assertThat(m.html()).contains("<li>");
            });
        }

        clock.pin(Instant.parse("2031-03-11T08:00:00Z"));
        int callsBefore = dispatch.calls().size();
        digest.sendToday();
        ReferralEscalated second = escalated(epci, departement);
        delivery.deliver(second);
        digest.sendToday();
        assertThat(dispatch.calls().stream().skip(callsBefore)
                .filter(m -> m.address().equals(ofEpci.email()) || m.address().equals(ofDepartement.email())))
                .as("a second run of the day sends nothing, and the new one waits for tomorrow").isEmpty();

        clock.pin(Instant.parse("2031-03-12T06:30:00Z"));
        digest.sendToday();
        assertThat(to(ofEpci)).hasSize(2);
        assertThat(to(ofEpci).get(1).id()).isEqualTo("digest:" + ofEpci.userId() + ":2031-03-12");
        assertThat(to(ofEpci).get(1).text()).contains(second.referralId()).doesNotContain(first.referralId());

        clock.pin(Instant.parse("2031-03-13T06:30:00Z"));
        digest.sendToday();
        assertThat(to(ofEpci)).as("nothing to tell").hasSize(2);
        assertThat(to(ofDepartement)).hasSize(2);
    }

    @Test
    void twoInstancesRunningAtTheSameTimeSendEachDigestOnce() throws Exception {
        String departement = "d" + UUID.randomUUID().toString().substring(0, 6);
        Contact coordinator = directory.coordinator(departement,
                new Contact("coord-" + departement, "Dominique", "coord-" + departement + "@meuse.example", null));
        clock.pin(Instant.parse("2031-04-01T09:00:00Z"));
        delivery.deliver(escalated(null, departement));
        delivery.deliver(escalated(null, departement));
        DailyDigest other = new DailyDigest(entries, leases, dispatch, links, clock, PARIS, Duration.ofMinutes(10),
                "other-instance");
        clock.pin(Instant.parse("2031-04-02T05:30:00Z"));

        // the scheduled runs of both instances, then both again without the lease
        List<DailyDigest.Run> ticks = race(digest::tick, other::tick);
        race(digest::sendToday, other::sendToday);

        assertThat(ticks).filteredOn(DailyDigest.Run::ran).as("one holds the lease").hasSize(1);
        assertThat(to(coordinator)).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("digest:" + coordinator.userId() + ":2031-04-02");
            assertThat(m.subject()).contains("(2 notifications)");
        });
    }

    @SafeVarargs
    private static List<DailyDigest.Run> race(Callable<DailyDigest.Run>... runs) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(runs.length);
        try {
            List<Future<DailyDigest.Run>> futures = new ArrayList<>();
            for (Callable<DailyDigest.Run> run : runs) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return run.call();
                }));
            }
            start.countDown();
            List<DailyDigest.Run> results = new ArrayList<>();
            for (Future<DailyDigest.Run> future : futures) {
                results.add(future.get(30, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private List<OutboundMessage> to(Contact contact) {
        return dispatch.storedTo(contact.email());
    }

    private ReferralEscalated escalated(String epci, String departement) {
        return new ReferralEscalated(UUID.randomUUID(), clock.instant(), UUID.randomUUID().toString(), 3,
                "venue-" + UUID.randomUUID(), "Aide aux démarches administratives", "55427", epci, departement);
    }
}
