package fr.inclusion.orientation.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.BulkOperations;
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
 * that a failed send stops the document's remaining events (order) and is retried.
 *
 * <p>Two ways in: repositories {@linkplain #pending(Object) signal} the documents they just wrote, and those are
 * published at once, by id; and a sweep looks for every pending outbox at start and then every sweep interval
 * (sooner after a failure), which catches signals lost in a crash and writes of other instances. Documents of one
 * batch are published in parallel (their events one after the other), the broker acknowledging each send; published
 * entries are then pulled from their documents in one bulk write.
 */
public class MongoOutboxRelay implements SmartLifecycle, OutboxSignal {

    /** Name of the array field holding {@link OutboxEntry} items in an aggregate document. */
    public static final String OUTBOX_FIELD = "outbox";

    private static final Logger log = LoggerFactory.getLogger(MongoOutboxRelay.class);
    private static final Duration RETRY_AFTER_FAILURE = Duration.ofSeconds(1);
    private static final int DEFAULT_PARALLELISM = 4;

    private final MongoTemplate mongo;
    private final StreamBridge bridge;
    private final String collection;
    private final String binding;
    private final Duration sweepInterval;
    private final int batchSize;
    private final int parallelism;
    private final BlockingQueue<Object> signalled = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private volatile long nextSweepNanos;
    private Thread worker;
    private ExecutorService senders;

    /** A relay sweeping every {@code interval}, publishing up to four documents at a time. */
    public MongoOutboxRelay(MongoTemplate mongo, StreamBridge bridge, String collection, String binding,
            Duration interval, int batchSize) {
        this(mongo, bridge, collection, binding, interval, batchSize, DEFAULT_PARALLELISM);
    }

    /**
     * @param sweepInterval how often every pending outbox is looked for (signalled documents go at once)
     * @param batchSize     documents per batch
     * @param parallelism   documents published at the same time
     */
    public MongoOutboxRelay(MongoTemplate mongo, StreamBridge bridge, String collection, String binding,
            Duration sweepInterval, int batchSize, int parallelism) {
        if (batchSize < 1 || parallelism < 1 || sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("batch size, parallelism and sweep interval must be positive");
        }
        this.mongo = mongo;
        this.bridge = bridge;
        this.collection = collection;
        this.binding = binding;
        this.sweepInterval = sweepInterval;
        this.batchSize = batchSize;
        this.parallelism = parallelism;
    }

    @Override
    public void pending(Object documentId) {
        signalled.add(documentId);
    }

    /**
     * Sweeps once: publishes what is pending now in up to one batch of documents; returns how many events were
     * published. Safe to call concurrently with the relay's own work.
     */
    public int relayPending() {
        Query pending = new Query(Criteria.where(OUTBOX_FIELD + ".0").exists(true)).limit(batchSize);
        pending.fields().include(OUTBOX_FIELD);
        return publish(mongo.find(pending, Document.class, collection));
    }

    /** Publishes the outboxes of these documents (those still pending); returns how many events were published. */
    int relayDocuments(Set<Object> ids) {
        Query signalledDocuments = new Query(Criteria.where("_id").in(ids));
        signalledDocuments.fields().include(OUTBOX_FIELD);
        List<Document> documents = mongo.find(signalledDocuments, Document.class, collection).stream()
                .filter(document -> !document.getList(OUTBOX_FIELD, Document.class, List.of()).isEmpty())
                .toList();
        return publish(documents);
    }

    private synchronized int publish(List<Document> documents) {
        if (documents.isEmpty()) {
            return 0;
        }
        List<CompletableFuture<Sent>> sends = new ArrayList<>(documents.size());
        for (Document document : documents) {
            sends.add(CompletableFuture.supplyAsync(() -> send(document), sendersOrCaller()));
        }
        BulkOperations pulls = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        int published = 0;
        for (CompletableFuture<Sent> send : sends) {
            Sent sent = send.join();
            if (!sent.complete()) {
                retrySoon();
            }
            if (!sent.eventIds().isEmpty()) {
                pulls.updateOne(new Query(Criteria.where("_id").is(sent.documentId())),
                        new Update().pull(OUTBOX_FIELD, new Document("eventId", new Document("$in", sent.eventIds()))));
                published += sent.eventIds().size();
            }
        }
        if (published > 0) {
            pulls.execute();
        }
        return published;
    }

    /** One document's events, in order; stops at the first failure so that order holds. */
    private Sent send(Document document) {
        List<String> sent = new ArrayList<>();
        try {
            for (Document entry : document.getList(OUTBOX_FIELD, Document.class)) {
                bridge.send(binding, toMessage(entry));
                sent.add(entry.getString("eventId"));
            }
            return new Sent(document.get("_id"), sent, true);
        } catch (RuntimeException e) {
            log.warn("Outbox of {} {} not fully published, will retry: {}", collection, document.get("_id"),
                    e.getMessage());
            return new Sent(document.get("_id"), sent, false);
        }
    }

    private record Sent(Object documentId, List<String> eventIds, boolean complete) {
    }

    private java.util.concurrent.Executor sendersOrCaller() {
        ExecutorService pool = senders;
        return pool != null ? pool : Runnable::run;
    }

    private void retrySoon() {
        long soon = System.nanoTime() + RETRY_AFTER_FAILURE.toNanos();
        if (soon - nextSweepNanos < 0) {
            nextSweepNanos = soon;
        }
    }

    private static Message<byte[]> toMessage(Document entry) {
        return MessageBuilder.withPayload(entry.getString("payload").getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, entry.getString("key").getBytes(StandardCharsets.UTF_8))
                .setHeader("eventType", entry.getString("type"))
                .setHeader("contentType", MimeTypeUtils.APPLICATION_JSON_VALUE)
                .build();
    }

    private void work() {
        long wait = Math.min(sweepInterval.toMillis(), 1000);
        while (running) {
            try {
                if (System.nanoTime() - nextSweepNanos >= 0) {
                    nextSweepNanos = System.nanoTime() + sweepInterval.toNanos();
                    while (running && relayPending() >= batchSize) {
                        // keep draining while full batches come back
                    }
                }
                Object first = signalled.poll(wait, TimeUnit.MILLISECONDS);
                if (first != null) {
                    Set<Object> ids = new LinkedHashSet<>();
                    ids.add(first);
                    List<Object> more = new ArrayList<>();
                    signalled.drainTo(more, batchSize - 1);
                    ids.addAll(more);
                    relayDocuments(ids);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay of {} failed, will retry: {}", collection, e.getMessage());
                retrySoon();
            }
        }
    }

    @Override
    public void start() {
        AtomicInteger number = new AtomicInteger();
        senders = Executors.newFixedThreadPool(parallelism, r -> {
            Thread thread = new Thread(r, "outbox-send-" + collection + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        nextSweepNanos = System.nanoTime();
        worker = new Thread(this::work, "outbox-relay-" + collection);
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (senders != null) {
            senders.shutdown();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Start after the bindings, stop before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
