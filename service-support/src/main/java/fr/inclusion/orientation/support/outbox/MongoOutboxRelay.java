package fr.inclusion.orientation.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

/**
 * Publishes the pending events kept in the {@code outbox} array of the documents of one collection, in order per
 * document, then removes them from the document. At-least-once: a crash between publish and removal publishes again,
 * and consumers deduplicate by {@code eventId}. The binding should be configured with {@code producer.sync=true} so
 * that a failed send stops the document's remaining events (order) and is retried on the next poll.
 */
public class MongoOutboxRelay implements SmartLifecycle {

    /** Name of the array field holding {@link OutboxEntry} items in an aggregate document. */
    public static final String OUTBOX_FIELD = "outbox";

    private static final Logger log = LoggerFactory.getLogger(MongoOutboxRelay.class);

    private final MongoTemplate mongo;
    private final StreamBridge bridge;
    private final String collection;
    private final String binding;
    private final Duration interval;
    private final int batchSize;
    private ScheduledExecutorService executor;

    public MongoOutboxRelay(MongoTemplate mongo, StreamBridge bridge, String collection, String binding,
            Duration interval, int batchSize) {
        this.mongo = mongo;
        this.bridge = bridge;
        this.collection = collection;
        this.binding = binding;
        this.interval = interval;
        this.batchSize = batchSize;
    }

    /** Publishes what is pending now; returns how many events were published. Safe to call concurrently. */
    public synchronized int relayPending() {
        Query pending = new Query(Criteria.where(OUTBOX_FIELD + ".0").exists(true)).limit(batchSize);
        pending.fields().include(OUTBOX_FIELD);
        int published = 0;
        for (Document document : mongo.find(pending, Document.class, collection)) {
            List<String> sent = new ArrayList<>();
            try {
                for (Document entry : document.getList(OUTBOX_FIELD, Document.class)) {
                    bridge.send(binding, toMessage(entry));
                    sent.add(entry.getString("eventId"));
                }
            } catch (RuntimeException e) {
                log.warn("Outbox of {} {} not fully published, will retry: {}", collection, document.get("_id"),
                        e.getMessage());
            }
            if (!sent.isEmpty()) {
                mongo.updateFirst(new Query(Criteria.where("_id").is(document.get("_id"))),
                        new Update().pull(OUTBOX_FIELD, new Document("eventId", new Document("$in", sent))),
                        collection);
                published += sent.size();
            }
        }
        return published;
    }

    private static Message<byte[]> toMessage(Document entry) {
        return MessageBuilder.withPayload(entry.getString("payload").getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, entry.getString("key").getBytes(StandardCharsets.UTF_8))
                .setHeader("eventType", entry.getString("type"))
                .setHeader("contentType", MimeTypeUtils.APPLICATION_JSON_VALUE)
                .build();
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "outbox-relay-" + collection);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::relaySafely, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void relaySafely() {
        try {
            while (relayPending() >= batchSize) {
                // keep draining while full batches come back
            }
        } catch (RuntimeException e) {
            log.warn("Outbox relay of {} failed, will retry: {}", collection, e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null && !executor.isShutdown();
    }

    /** Start after the bindings, stop before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
