package fr.inclusion.orientation.notification.inbox.web;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import fr.inclusion.orientation.notification.inbox.domain.Audience;
import fr.inclusion.orientation.notification.inbox.domain.Notification;
import fr.inclusion.orientation.notification.inbox.domain.NotificationFeed;
import fr.inclusion.orientation.notification.inbox.domain.Recipient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The open Server-Sent Events connections of this instance, indexed by audience. A notification goes to every
 * connection whose reader belongs to its audience. Sending happens on one dedicated thread: the Kafka consumer
 * never waits for a slow client, and each connection receives events in the order they were stored.
 * A connection ends when the reader's access token expires (the client reconnects with a fresh one: a stream never
 * outlives the right to read it), and one user has at most {@code max-per-user} connections here (more → 429).
 * A connection that fails, completes or times out is forgotten, which frees its user's slot.
 */
@Component
class LiveNotifications implements NotificationFeed, SmartLifecycle {

    static final String EVENT_NAME = "notification";

    private static final Logger log = LoggerFactory.getLogger(LiveNotifications.class);

    private final StreamProperties properties;
    private final Map<Audience, Set<Subscription>> byAudience = new ConcurrentHashMap<>();
    private final Map<String, Set<Subscription>> byUser = new ConcurrentHashMap<>();
    private final Set<Subscription> all = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService sender;
    private volatile boolean running;

    LiveNotifications(StreamProperties properties, MeterRegistry meters) {
        this.properties = properties;
        Gauge.builder("notification.stream.connections", all, Set::size)
                .description("Open live notification streams on this instance")
                .register(meters);
    }

    /**
     * @param tokenExpiry the {@code exp} of the reader's access token, when the stream ends
     * @throws StreamTokenExpiredException when the token is already past it
     * @throws TooManyStreamsException     when the reader already has {@code max-per-user} streams open
     */
    SseEmitter open(Recipient recipient, Instant tokenExpiry) {
        SseEmitter emitter = new SseEmitter(properties.timeout().toMillis());
        if (!running) {
            emitter.complete();
            return emitter;
        }
        Duration untilExpiry = tokenExpiry == null ? null : Duration.between(Instant.now(), tokenExpiry);
        if (untilExpiry != null && !untilExpiry.isPositive()) {
            throw new StreamTokenExpiredException();
        }
        Subscription subscription = new Subscription(emitter, recipient.userId(), recipient.audiences());
        if (!admit(subscription)) {
            throw new TooManyStreamsException(properties.maxPerUser(), properties.retryAfter());
        }
        emitter.onCompletion(() -> forget(subscription));
        emitter.onError(e -> forget(subscription));
        emitter.onTimeout(() -> {
            forget(subscription);
            emitter.complete();
        });
        all.add(subscription);
        for (Audience audience : subscription.audiences()) {
            byAudience.compute(audience, (key, set) -> {
                Set<Subscription> subscriptions = set == null ? ConcurrentHashMap.newKeySet() : set;
                subscriptions.add(subscription);
                return subscriptions;
            });
        }
        // First bytes on the wire: the client knows it is listening before anything happens.
        send(subscription, SseEmitter.event().comment("connecté"));
        if (untilExpiry != null) {
            try {
                subscription.expiry = sender.schedule(() -> end(subscription), untilExpiry.toMillis(),
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                end(subscription);
            }
        }
        return emitter;
    }

    @Override
    public void push(Notification notification) {
        if (!running) {
            return;
        }
        try {
            sender.execute(() -> {
                NotificationView view = NotificationView.of(notification);
                for (Subscription subscription : byAudience.getOrDefault(notification.audience(), Set.of())) {
                    send(subscription, SseEmitter.event()
                            .id(notification.id())
                            .name(EVENT_NAME)
                            .data(view, MediaType.APPLICATION_JSON));
                }
            });
        } catch (RejectedExecutionException stopping) {
            log.debug("Live stream stopping, notification {} stays in the inbox only", notification.id());
        }
    }

    int connections() {
        return all.size();
    }

    /** Takes one of the user's slots, atomically with the other connections of the same user. */
    private boolean admit(Subscription subscription) {
        AtomicBoolean admitted = new AtomicBoolean();
        byUser.compute(subscription.userId(), (user, set) -> {
            Set<Subscription> subscriptions = set == null ? ConcurrentHashMap.newKeySet() : set;
            if (subscriptions.size() < properties.maxPerUser()) {
                subscriptions.add(subscription);
                admitted.set(true);
            }
            return subscriptions.isEmpty() ? null : subscriptions;
        });
        return admitted.get();
    }

    /** The token expired: the stream ends normally, and EventSource reconnects (with a fresh token). */
    private void end(Subscription subscription) {
        forget(subscription);
        try {
            subscription.emitter().complete();
        } catch (IllegalStateException alreadyDone) {
            // completed by the client or the container in the meantime
        }
    }

    private void heartbeat() {
        for (Subscription subscription : all) {
            send(subscription, SseEmitter.event().comment("heartbeat"));
        }
    }

    private void send(Subscription subscription, SseEmitter.SseEventBuilder event) {
        try {
            subscription.emitter().send(event);
        } catch (IOException | IllegalStateException gone) {
            // The client went away (or the emitter completed); the container completes the request itself.
            forget(subscription);
        }
    }

    private void forget(Subscription subscription) {
        ScheduledFuture<?> expiry = subscription.expiry;
        if (expiry != null) {
            expiry.cancel(false);
        }
        all.remove(subscription);
        byUser.computeIfPresent(subscription.userId(), (user, set) -> {
            set.remove(subscription);
            return set.isEmpty() ? null : set;
        });
        for (Audience audience : subscription.audiences()) {
            byAudience.computeIfPresent(audience, (key, set) -> {
                set.remove(subscription);
                return set.isEmpty() ? null : set;
            });
        }
    }

    @Override
    public void start() {
        sender = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "notification-stream");
            thread.setDaemon(true);
            return thread;
        });
        long heartbeat = properties.heartbeat().toMillis();
        sender.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        running = true;
    }

    /** Runs before the web server's graceful shutdown, which would otherwise wait for the open streams. */
    @Override
    public void stop() {
        running = false;
        if (sender != null) {
            sender.shutdownNow();
        }
        for (Subscription subscription : List.copyOf(all)) {
            forget(subscription);
            subscription.emitter().complete();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Identity matters, not content: one per open connection. */
    private static final class Subscription {

        private final SseEmitter emitter;
        private final String userId;
        private final List<Audience> audiences;
        /** The end at the token's expiry, cancelled when the connection ends otherwise. */
        private volatile ScheduledFuture<?> expiry;

        Subscription(SseEmitter emitter, String userId, List<Audience> audiences) {
            this.emitter = emitter;
            this.userId = userId;
            this.audiences = audiences;
        }

        SseEmitter emitter() {
            return emitter;
        }

        String userId() {
            return userId;
        }

        List<Audience> audiences() {
            return audiences;
        }
    }
}
