package fr.inclusion.orientation.notification.outbound.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.outbound.domain.ChannelSender;
import fr.inclusion.orientation.notification.outbound.domain.Delivery;
import fr.inclusion.orientation.notification.outbound.domain.DeliveryStatus;
import fr.inclusion.orientation.notification.outbound.domain.NotReplayableException;
import fr.inclusion.orientation.notification.outbound.domain.OutboundMessageNotFoundException;
import fr.inclusion.orientation.notification.outbound.domain.RetryPolicy;
import fr.inclusion.orientation.notification.outbound.domain.SendFailureException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The sending rules against the store port in memory and scripted channels, with a clock the test moves. */
class OutboundSenderTest {

    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(2), 2.0, Duration.ofMinutes(10), 5);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    private final InMemoryOutboundMessages store = new InMemoryOutboundMessages();
    private final ScriptedChannel email = new ScriptedChannel(Channel.EMAIL, true);
    private final ScriptedChannel sms = new ScriptedChannel(Channel.SMS, false);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final SendingSignal signal = new SendingSignal();
    private final OutboundQueue dispatch = new OutboundQueue(store, signal, clock);
    private final OutboundSender sender = new OutboundSender(store, List.of(email, sms), POLICY, clock, "worker-1",
            Duration.ofMinutes(2), meters);

    @Test
    void enqueuedMessageIsSentOnceAndNeverAgain() {
        dispatch.enqueue(mail("m1"));
        dispatch.enqueue(mail("m1"));

        assertThat(sender.sendDue(10)).isEqualTo(1);
        assertThat(sender.sendDue(10)).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(sender.sendDue(10)).isZero();

        assertThat(email.sent).containsExactly("m1");
        Delivery sent = store.find("m1").orElseThrow();
        assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.sentAt()).isEqualTo(clock.instant().minus(Duration.ofHours(1)));
        assertThat(meters.counter("notification.outbound.messages", "channel", "email", "outcome", "sent").count())
                .isEqualTo(1.0);
    }

    @Test
    void failedMessageWaitsTheBackoffThenIsParkedAfterTheLastAttempt() {
        email.failNext(5, false);
        dispatch.enqueue(mail("m2"));

        assertThat(sender.sendDue(10)).isEqualTo(1);
        Delivery afterFirst = store.find("m2").orElseThrow();
        assertThat(afterFirst.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(2));
        assertThat(afterFirst.lastError()).isEqualTo("Serveur SMTP injoignable (connexion refusée)");

        clock.advance(Duration.ofMillis(1999));
        assertThat(sender.sendDue(10)).as("not due before its backoff").isZero();
        for (long wait : new long[] { 1, 4000, 8000, 16000 }) {
            clock.advance(Duration.ofMillis(wait));
            assertThat(sender.sendDue(10)).isEqualTo(1);
        }

        Delivery parked = store.find("m2").orElseThrow();
        assertThat(parked.status()).isEqualTo(DeliveryStatus.PARKED);
        assertThat(parked.attempts()).isEqualTo(5);
        assertThat(parked.parkedAt()).isEqualTo(clock.instant());
        assertThat(email.attempts).isEqualTo(5);
        clock.advance(Duration.ofHours(1));
        assertThat(sender.sendDue(10)).as("parked messages wait for an operator").isZero();
    }

    @Test
    void permanentFailureIsParkedAtOnce() {
        email.failNext(1, true);
        dispatch.enqueue(mail("m3"));

        sender.sendDue(10);

        Delivery parked = store.find("m3").orElseThrow();
        assertThat(parked.status()).isEqualTo(DeliveryStatus.PARKED);
        assertThat(parked.attempts()).isEqualTo(1);
    }

    @Test
    void replayedMessageIsSentOnceWithItsAttemptsReset() {
        email.failNext(1, true);
        dispatch.enqueue(mail("m4"));
        sender.sendDue(10);
        assertThat(dispatch.parked(0, 20).items()).extracting(Delivery::id).containsExactly("m4");

        Delivery replayed = dispatch.replay("m4", "admin");
        Delivery again = dispatch.replay("m4", "admin");

        assertThat(replayed.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(replayed.attempts()).isZero();
        assertThat(again.status()).as("a second replay before sending changes nothing").isEqualTo(DeliveryStatus.PENDING);
        assertThat(sender.sendDue(10)).isEqualTo(1);
        assertThat(sender.sendDue(10)).isZero();
        assertThat(email.sent).containsExactly("m4");
        assertThat(dispatch.parked(0, 20).total()).isZero();
        assertThatThrownBy(() -> dispatch.replay("m4", "admin")).isInstanceOf(NotReplayableException.class);
        assertThatThrownBy(() -> dispatch.replay("unknown", "admin"))
                .isInstanceOf(OutboundMessageNotFoundException.class);
    }

    @Test
    void messagesOfADisabledChannelAreSkippedNotParked() {
        dispatch.enqueue(new OutboundMessage("s1", Channel.SMS, "+33639980001", null, "Nouvelle orientation", null,
                "ref-1", clock.instant()));

        sender.sendDue(10);
        clock.advance(Duration.ofHours(1));
        sender.sendDue(10);

        Delivery skipped = store.find("s1").orElseThrow();
        assertThat(skipped.status()).isEqualTo(DeliveryStatus.SKIPPED);
        assertThat(skipped.lastError()).isEqualTo("SMS désactivé");
        assertThat(sms.attempts).isZero();
        assertThat(store.parked(0, 20).total()).isZero();
    }

    @Test
    void enqueueWakesTheSendingLoop() throws InterruptedException {
        dispatch.enqueue(mail("m5"));

        assertThat(signal.await(Duration.ofMillis(10))).isTrue();
        assertThat(signal.await(Duration.ofMillis(10))).as("one wake-up per enqueue").isFalse();
    }

    @Test
    void anotherWorkersClaimIsNotTouched() {
        dispatch.enqueue(mail("m6"));
        store.claimNext("worker-2", clock.instant(), Duration.ofMinutes(2));

        assertThat(sender.sendDue(10)).as("claimed by worker-2").isZero();
        clock.advance(Duration.ofMinutes(3));
        assertThat(sender.sendDue(10)).as("worker-2's claim expired").isEqualTo(1);
        assertThat(email.sent).containsExactly("m6");
    }

    @Test
    void signalledMessagesAreClaimedByIdAndOnlyThose() {
        dispatch.enqueue(mail("m7"));
        dispatch.enqueue(mail("m8"));
        List<String> signalled = signal.drain();
        assertThat(signalled).containsExactly("m7", "m8");

        assertThat(sender.sendSignalled(List.of("m8"))).isEqualTo(1);
        assertThat(email.sent).containsExactly("m8");
        assertThat(sender.sendSignalled(List.of("m8"))).as("already sent").isZero();
        store.claimNext("worker-2", clock.instant(), Duration.ofMinutes(2));
        assertThat(sender.sendSignalled(List.of("m7"))).as("claimed by worker-2").isZero();
        assertThat(email.sent).containsExactly("m8");
    }

    @Test
    void aRetryWakesTheLoopWhenItsTimeComesWithItsId() throws InterruptedException {
        SendingSignal realTime = new SendingSignal();
        realTime.wakeAt("m9", Instant.now().plusMillis(300));
        assertThat(realTime.drain()).as("not yet").isEmpty();

        long started = System.nanoTime();
        realTime.await(Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(2)).until(() -> realTime.drain().contains("m9"));
    }

    @Test
    void aFailedSendSchedulesItsRetryWithTheLoop() {
        List<String> scheduled = new ArrayList<>();
        sender.onRetry((id, at) -> scheduled.add(id + "@" + at));
        email.failNext(1, false);
        dispatch.enqueue(mail("m10"));

        assertThat(sender.sendSignalled(signal.drain())).isEqualTo(1);
        assertThat(scheduled).containsExactly("m10@" + clock.instant().plusSeconds(2));
    }

    private OutboundMessage mail(String id) {
        return new OutboundMessage(id, Channel.EMAIL, "claire.martin@demo.orientation-numerique.fr",
                "Orientation acceptée", "Texte", "<p>Texte</p>", "ref-1", clock.instant());
    }

    /** A channel that fails a given number of times, then accepts. */
    private static final class ScriptedChannel implements ChannelSender {

        private final Channel channel;
        private final boolean enabled;
        private final Deque<Boolean> failures = new ArrayDeque<>();
        private final List<String> sent = new ArrayList<>();
        private int attempts;

        ScriptedChannel(Channel channel, boolean enabled) {
            this.channel = channel;
            this.enabled = enabled;
        }

        void failNext(int times, boolean permanent) {
            for (int i = 0; i < times; i++) {
                failures.add(permanent);
            }
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public boolean enabled() {
            return enabled;
        }

        @Override
        public String disabledReason() {
            return channel == Channel.SMS ? "SMS désactivé" : "E-mail désactivé";
        }

        @Override
        public void send(OutboundMessage message) throws SendFailureException {
            attempts++;
            Boolean permanent = failures.poll();
            if (permanent != null) {
                throw permanent ? SendFailureException.permanentFailure("Adresse e-mail invalide", null)
                        : SendFailureException.transientFailure("Serveur SMTP injoignable (connexion refusée)", null);
            }
            sent.add(message.id());
        }
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
