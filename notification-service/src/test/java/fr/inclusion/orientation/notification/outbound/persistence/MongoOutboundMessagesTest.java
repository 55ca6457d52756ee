package fr.inclusion.orientation.notification.outbound.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.outbound.domain.Delivery;
import fr.inclusion.orientation.notification.outbound.domain.DeliveryStatus;
import fr.inclusion.orientation.testsupport.TestInfrastructure;

/** The store's transitions on the shared test store (a fresh database), claims raced by several threads. */
class MongoOutboundMessagesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private static MongoClient client;
    private MongoOutboundMessages store;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestInfrastructure.mongoBase());
    }

    /** A database of its own for every test: no test sees another's messages. */
    @BeforeEach
    void store() {
        store = new MongoOutboundMessages(new MongoTemplate(client, "outbound-" + UUID.randomUUID()));
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @Test
    void sameIdIsStoredOnce() {
        OutboundMessage message = message("dup-" + System.nanoTime(), T0);

        assertThat(store.add(message, T0)).isTrue();
        assertThat(store.add(message, T0)).isFalse();

        Delivery stored = store.find(message.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(stored.attempts()).isZero();
        assertThat(stored.message()).isEqualTo(message);
    }

    @Test
    void purgeForgetsOldSentAndSkippedMessagesAndKeepsParkedPendingAndRecentOnes() {
        Instant now = farFuture(2);
        Instant old = now.minus(Duration.ofDays(40));
        OutboundMessage oldSent = message("old-sent-" + System.nanoTime(), old);
        OutboundMessage oldSkipped = message("old-skipped-" + System.nanoTime(), old);
        OutboundMessage oldParked = message("old-parked-" + System.nanoTime(), old);
        OutboundMessage oldPending = message("old-pending-" + System.nanoTime(), old);
        OutboundMessage recentSent = message("recent-sent-" + System.nanoTime(), now);
        for (OutboundMessage m : java.util.List.of(oldSent, oldSkipped, oldParked, oldPending, recentSent)) {
            store.add(m, m.createdAt());
        }
        store.claim(oldSent.id(), "w", old, CLAIM);
        store.markSent(oldSent.id(), "w", 1, old);
        store.claim(oldSkipped.id(), "w", old, CLAIM);
        store.skip(oldSkipped.id(), "w", "SMS désactivé", old);
        store.claim(oldParked.id(), "w", old, CLAIM);
        store.park(oldParked.id(), "w", 5, "Serveur de courriel injoignable", old);
        store.claim(recentSent.id(), "w", now, CLAIM);
        store.markSent(recentSent.id(), "w", 1, now);

        assertThat(store.purgeFinishedBefore(now.minus(Duration.ofDays(30)))).isEqualTo(2);

        assertThat(store.find(oldSent.id())).isEmpty();
        assertThat(store.find(oldSkipped.id())).isEmpty();
        assertThat(store.find(oldParked.id())).isPresent();
        assertThat(store.find(oldPending.id())).isPresent();
        assertThat(store.find(recentSent.id())).isPresent();
    }

    @Test
    void parkedMessagesAreForgottenOnceParkedLongerThanTheirRetentionAndNotBefore() {
        Instant now = farFuture(3);
        Instant parkedAt = now.minus(Duration.ofDays(90));
        OutboundMessage old = message("parked-old-" + System.nanoTime(), parkedAt);
        OutboundMessage recent = message("parked-recent-" + System.nanoTime(), parkedAt);
        for (OutboundMessage m : java.util.List.of(old, recent)) {
            store.add(m, m.createdAt());
        }
        store.claim(old.id(), "w", parkedAt, CLAIM);
        store.park(old.id(), "w", 5, "Serveur de courriel injoignable", parkedAt);
        store.claim(recent.id(), "w", parkedAt, CLAIM);
        store.park(recent.id(), "w", 5, "Serveur de courriel injoignable", parkedAt.plusMillis(1));

        assertThat(store.purgeParkedBefore(now.minus(Duration.ofDays(90)).plusMillis(1))).isEqualTo(1);

        assertThat(store.find(old.id())).isEmpty();
        assertThat(store.find(recent.id())).isPresent();
    }

    @Test
    void claimedMessageIsNotClaimedAgainUntilItsClaimExpires() {
        Instant now = farFuture(1);
        OutboundMessage message = message("claim-" + System.nanoTime(), now);
        store.add(message, now);

        Optional<Delivery> first = store.claimNext("a", now, CLAIM);
        assertThat(first).map(Delivery::id).contains(message.id());
        assertThat(store.claimNext("b", now.plusSeconds(60), CLAIM)).isEmpty();
        assertThat(store.markSent(message.id(), "b", 1, now)).as("b holds no claim").isFalse();

        assertThat(store.claimNext("b", now.plus(CLAIM), CLAIM)).map(Delivery::id).contains(message.id());
        assertThat(store.markSent(message.id(), "a", 1, now)).as("a's claim was taken over").isFalse();
        assertThat(store.markSent(message.id(), "b", 1, now.plus(CLAIM))).isTrue();
        assertThat(store.find(message.id()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(store.claimNext("c", now.plus(Duration.ofDays(1)), CLAIM)).as("sent is final").isEmpty();
    }

    @Test
    void retriedMessageIsDueAtItsNextAttemptOnlyThenParkedThenReplayed() {
        Instant now = farFuture(2);
        OutboundMessage message = message("retry-" + System.nanoTime(), now);
        store.add(message, now);

        store.claimNext("a", now, CLAIM);
        assertThat(store.retryLater(message.id(), "a", 1, now.plusSeconds(2), "Serveur SMTP injoignable", now))
                .isTrue();
        assertThat(store.claimNext("a", now.plusMillis(1999), CLAIM)).isEmpty();
        assertThat(store.claimNext("a", now.plusSeconds(2), CLAIM)).map(Delivery::attempts).contains(1);
        assertThat(store.park(message.id(), "a", 2, "Serveur SMTP injoignable", now.plusSeconds(2))).isTrue();

        Delivery parked = store.find(message.id()).orElseThrow();
        assertThat(parked.status()).isEqualTo(DeliveryStatus.PARKED);
        assertThat(parked.attempts()).isEqualTo(2);
        assertThat(parked.lastError()).isEqualTo("Serveur SMTP injoignable");
        assertThat(parked.parkedAt()).isEqualTo(now.plusSeconds(2));
        assertThat(store.parked(0, 100).items()).extracting(Delivery::id).contains(message.id());
        assertThat(store.claimNext("a", now.plus(Duration.ofDays(1)), CLAIM)).isEmpty();

        Delivery replayed = store.replay(message.id(), now.plusSeconds(60)).orElseThrow();
        assertThat(replayed.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(replayed.attempts()).isZero();
        assertThat(store.replay(message.id(), now.plusSeconds(61))).as("not parked any more").isEmpty();
        assertThat(store.parked(0, 100).items()).extracting(Delivery::id).doesNotContain(message.id());
        assertThat(store.claimNext("b", now.plusSeconds(60), CLAIM)).map(Delivery::id).contains(message.id());
    }

    @Test
    void racingWorkersClaimEachMessageExactlyOnce() throws Exception {
        Instant now = farFuture(3);
        int count = 60;
        for (int i = 0; i < count; i++) {
            store.add(message("race-" + i + "-" + System.nanoTime(), now), now);
        }
        int workers = 4;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<String>>> tasks = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            String worker = "w" + w;
            tasks.add(() -> {
                start.await();
                List<String> mine = new ArrayList<>();
                Optional<Delivery> claimed;
                while ((claimed = store.claimNext(worker, now, CLAIM)).isPresent()) {
                    assertThat(store.markSent(claimed.get().id(), worker, 1, now)).isTrue();
                    mine.add(claimed.get().id());
                }
                return mine;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            tasks.forEach(t -> futures.add(pool.submit(t)));
            start.countDown();
            List<String> all = Collections.synchronizedList(new ArrayList<>());
            for (Future<List<String>> f : futures) {
                all.addAll(f.get());
            }
            assertThat(all).hasSize(count).doesNotHaveDuplicates();
        } finally {
            pool.shutdownNow();
        }
    }

    private static Instant farFuture(int days) {
        return T0.plus(Duration.ofDays(days));
    }

    private static OutboundMessage message(String id, Instant at) {
        return new OutboundMessage(id, Channel.EMAIL, "claire.martin@demo.orientation-numerique.fr",
                "Orientation acceptée", "Texte", "<p>Texte</p>", "ref-1", at.truncatedTo(ChronoUnit.MILLIS));
    }
}
