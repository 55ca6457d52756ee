package fr.inclusion.orientation.notification.outbound.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes the sending loop and tells it which messages to send: those just enqueued or replayed at once, a message to
 * retry at its next attempt. The loop claims them by id; its periodic look through every due message is only the
 * safety net (messages of a crashed instance, retries this instance forgot in a restart), so the cost of sending one
 * message does not grow with the number of messages ever stored.
 */
public class SendingSignal {

    private final Semaphore permits = new Semaphore(0);
    private final ConcurrentLinkedQueue<String> ready = new ConcurrentLinkedQueue<>();
    private final DelayQueue<Later> later = new DelayQueue<>();

    /** Look through every due message (a replay of several, a start). */
    public void wake() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    /** This message can be sent now. */
    public void wake(String messageId) {
        ready.add(messageId);
        wake();
    }

    /** This message is to be tried again at {@code at}. */
    void wakeAt(String messageId, Instant at) {
        later.add(new Later(messageId, at));
    }

    /** The ids signalled so far, and those whose retry time has come; each given once. */
    List<String> drain() {
        List<String> ids = new ArrayList<>();
        for (String id = ready.poll(); id != null; id = ready.poll()) {
            ids.add(id);
        }
        for (Later due = later.poll(); due != null; due = later.poll()) {
            ids.add(due.messageId());
        }
        return ids;
    }

    /** True when no message was signalled since the last {@link #drain}. */
    boolean isQuiet() {
        return ready.isEmpty();
    }

    /** Waits until woken, until the next retry is due or until the timeout; true when woken. */
    boolean await(Duration timeout) throws InterruptedException {
        long wait = timeout.toMillis();
        Later next = later.peek();
        if (next != null) {
            wait = Math.max(0, Math.min(wait, next.getDelay(TimeUnit.MILLISECONDS)));
        }
        boolean woken = permits.tryAcquire(wait, TimeUnit.MILLISECONDS);
        permits.drainPermits();
        return woken;
    }

    private record Later(String messageId, Instant at) implements Delayed {

        @Override
        public long getDelay(TimeUnit unit) {
            return unit.convert(Duration.between(Instant.now(), at));
        }

        @Override
        public int compareTo(Delayed other) {
            return Long.compare(getDelay(TimeUnit.NANOSECONDS), other.getDelay(TimeUnit.NANOSECONDS));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Later l && l.messageId.equals(messageId) && l.at.equals(at);
        }

        @Override
        public int hashCode() {
            return Objects.hash(messageId, at);
        }
    }
}
