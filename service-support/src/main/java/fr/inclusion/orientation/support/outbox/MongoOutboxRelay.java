package fr.inclusion.orientation.support.outbox;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.function.StreamBridge;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.MimeTypeUtils;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Publishes the pending events kept in the {@code outbox} array of the documents of one collection, in order per
 * document, then removes them from the document. At-least-once: a crash between publish and removal publishes again,
 * and consumers deduplicate by {@code eventId}. The binding should be configured with {@code producer.sync=true} so
 * that a failed send stops the document's remaining events (order) and is retried.
 *
 * <p>Two ways in: repositories {@linkplain #pending(Object) signal} the documents they just wrote, and those are
 * published at once, by id; and a sweep looks for every pending outbox at start and then every sweep interval,
 * which catches signals lost in a crash and writes of other instances. Signalling never blocks the writer: the queue
 * is bounded and a signal that does not fit is dropped (the next sweep finds its document).
 *
 * <p>Several instances may relay the same collection: a document is <em>claimed</em> before its events are sent
 * ({@value #CLAIM_FIELD}{@code : {by, until}}, one conditional findAndModify that matches only when the document is
 * unclaimed, its claim expired, or already this instance's), and the claim is released in the same write that
 * removes the published events. So two instances never publish one document at the same time. An instance keeps its
 * name across restarts (see {@link #instanceName}), so after a crash it takes its own claims back at once.
 *
 * <p>Failures: a broker that does not answer (timeouts, retriable Kafka errors) stops the pass and the relay backs
 * off (1 s doubling to {@value #MAX_BACKOFF_SECONDS} s) then sweeps again, forever: nothing is parked for an outage.
 * An entry that can never be published (malformed, or refused by the broker for good: record too large, invalid
 * topic, serialization) is <em>parked</em>: moved in one write from {@code outbox} to {@value #PARKED_FIELD} with
 * its cause, logged (ids, type and cause only) and counted by the gauge {@code orientation.outbox.parked}; any other
 * error is retried and parks the entry after {@value #MAX_ATTEMPTS} attempts. The document's later events go on.
 * The producer's own time limits (set by {@link OutboxProducerDefaults}) bound how long one send can wait.
 */
public class MongoOutboxRelay implements SmartLifecycle, OutboxSignal, MeterBinder {

    /** Name of the array field holding {@link OutboxEntry} items in an aggregate document. */
    public static final String OUTBOX_FIELD = "outbox";
    /** Entries that cannot be published, each with {@code cause}, {@code parkedAt} and {@code attempts}. */
    public static final String PARKED_FIELD = "parkedOutbox";
    /** Which relay instance is publishing the document, and until when its claim holds. */
    public static final String CLAIM_FIELD = "outboxClaim";
    /** Failed attempts per event id (errors that are neither an outage nor known to be permanent). */
    public static final String ATTEMPTS_FIELD = "outboxAttempts";

    static final int MAX_ATTEMPTS = 10;
    static final int MAX_BACKOFF_SECONDS = 30;
    private static final int SIGNAL_CAPACITY = 10_000;
    private static final int CAUSE_LENGTH = 300;
    /** Longer than the longest single send (delivery timeout + the binder's 5 s), renewed between events. */
    /** How long a claim holds unless renewed, when not configured ({@link OutboxProperties#claimLease()}). */
    static final Duration DEFAULT_CLAIM_LEASE = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(MongoOutboxRelay.class);
    private static final int DEFAULT_PARALLELISM = 4;

    private final MongoTemplate mongo;
    private final StreamBridge bridge;
    private final String collection;
    private final String binding;
    private final Duration sweepInterval;
    private final int batchSize;
    private final int parallelism;
    private final Duration claimLease;
    private final String instance;
    private final BlockingQueue<Object> signalled = new ArrayBlockingQueue<>(SIGNAL_CAPACITY);
    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong sweeps = new AtomicLong();
    private volatile boolean running;
    private volatile long nextSweepNanos;
    private volatile long backoffUntilNanos;
    private int consecutiveOutages;
    private Thread worker;
    private ExecutorService senders;

    /** A relay sweeping every {@code interval}, publishing up to four documents at a time. */
    public MongoOutboxRelay(MongoTemplate mongo, StreamBridge bridge, String collection, String binding,
            Duration interval, int batchSize) {
        this(mongo, bridge, collection, binding, interval, batchSize, DEFAULT_PARALLELISM);
    }

    /** A relay named after this process ({@code pid@host}): its claims are not taken back after a restart. */
    public MongoOutboxRelay(MongoTemplate mongo, StreamBridge bridge, String collection, String binding,
            Duration sweepInterval, int batchSize, int parallelism) {
        this(mongo, bridge, collection, binding, sweepInterval, batchSize, parallelism,
                ManagementFactory.getRuntimeMXBean().getName());
    }

    /**
     * @param sweepInterval how often every pending outbox is looked for (signalled documents go at once)
     * @param batchSize     documents per batch
     * @param parallelism   documents published at the same time
     * @param instance      this relay's name in claims: distinct per running instance, the same across restarts
     *                      of one instance (see {@link #instanceName})
     */
    public MongoOutboxRelay(MongoTemplate mongo, StreamBridge bridge, String collection, String binding,
            Duration sweepInterval, int batchSize, int parallelism, String instance) {
        this(mongo, bridge, new OutboxSource(collection, binding),
                new OutboxProperties(sweepInterval, batchSize, parallelism, DEFAULT_CLAIM_LEASE), instance);
    }

    /**
     * @param source     the collection whose outboxes are published, and the binding they go to
     * @param properties how often, how many at once, how long a claim holds
     * @param instance   this relay's name in claims: distinct per running instance, the same across restarts of one
     *                   instance (see {@link #instanceName})
     */
    public MongoOutboxRelay(MongoTemplate mongo, StreamBridge bridge, OutboxSource source,
            OutboxProperties properties, String instance) {
        String collection = source.collection();
        String binding = source.binding();
        Duration sweepInterval = properties.sweepInterval();
        int batchSize = properties.batchSize();
        int parallelism = properties.parallelism();
        if (batchSize < 1 || parallelism < 1 || sweepInterval.isNegative() || sweepInterval.isZero()
                || !properties.claimLease().isPositive()) {
            throw new IllegalArgumentException(
                    "batch size, parallelism, sweep interval and claim lease must be positive");
        }
        this.claimLease = properties.claimLease();
        this.mongo = mongo;
        this.bridge = bridge;
        this.collection = collection;
        this.binding = binding;
        this.sweepInterval = sweepInterval;
        this.batchSize = batchSize;
        this.parallelism = parallelism;
        this.instance = instance;
    }

    /** An entry as an aggregate's document holds it in {@value #OUTBOX_FIELD}, written by the store's converter. */
    public static Document document(MongoTemplate mongo, OutboxEntry entry) {
        Document document = new Document();
        mongo.getConverter().write(entry, document);
        document.remove("_class");
        return document;
    }

    /**
     * A name for a service instance that stays the same when it restarts and differs between instances running at
     * the same time: the application, the host and the HTTP port.
     */
    public static String instanceName(String application, int port) {
        String host;
        try {
            host = java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "localhost";
        }
        return application + "@" + host + ":" + port;
    }

    /** Never blocks: when the queue is full the signal is dropped and the next sweep, brought forward, finds it. */
    @Override
    public void pending(Object documentId) {
        if (!signalled.offer(documentId)) {
            nextSweepNanos = System.nanoTime();
        }
    }

    /**
     * Sweeps once: publishes what is pending now in up to one batch of documents not claimed by another instance;
     * returns how many events were published. Safe to call concurrently with the relay's own work.
     */
    public int relayPending() {
        Instant now = Instant.now();
        Query pending = new Query(Criteria.where(OUTBOX_FIELD + ".0").exists(true).orOperator(
                Criteria.where(CLAIM_FIELD).exists(false),
                Criteria.where(CLAIM_FIELD + ".until").lte(Date.from(now)),
                Criteria.where(CLAIM_FIELD + ".by").is(instance))).limit(batchSize);
        pending.fields().include("_id");
        List<Object> ids = mongo.find(pending, Document.class, collection).stream().map(d -> d.get("_id")).toList();
        int published = publish(ids);
        refreshParkedCount();
        return published;
    }

    /** Publishes the outboxes of these documents (those still pending); returns how many events were published. */
    int relayDocuments(Set<Object> ids) {
        return publish(List.copyOf(ids));
    }

    private synchronized int publish(List<Object> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        AtomicBoolean outage = new AtomicBoolean();
        List<CompletableFuture<Sent>> sends = new ArrayList<>(ids.size());
        for (Object id : ids) {
            sends.add(CompletableFuture.supplyAsync(() -> send(id, outage), sendersOrCaller()));
        }
        BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        List<Sent> done = new ArrayList<>();
        for (CompletableFuture<Sent> send : sends) {
            Sent sent = send.join();
            if (sent.claimed()) {
                writes.updateOne(new Query(Criteria.where("_id").is(sent.documentId())
                        .and(CLAIM_FIELD + ".by").is(instance)), sent.release());
                done.add(sent);
            }
        }
        if (!done.isEmpty()) {
            int released = writes.execute().getModifiedCount();
            if (released < done.size()) {
                // a claim expired during a slow send and another instance took it: still remove what went out
                done.stream().filter(Sent::wentOut).forEach(sent -> mongo.updateFirst(
                        new Query(Criteria.where("_id").is(sent.documentId())), sent.removal(), collection));
            }
        }
        if (done.stream().anyMatch(sent -> !sent.parkedEntries().isEmpty())) {
            refreshParkedCount();
        }
        if (outage.get()) {
            backOff();
        } else {
            consecutiveOutages = 0;
        }
        return done.stream().mapToInt(sent -> sent.eventIds().size()).sum();
    }

    /** One document's events, in order, under this instance's claim. */
    private Sent send(Object id, AtomicBoolean outage) {
        if (outage.get()) {
            return Sent.notClaimed(id);
        }
        Document document = claim(id, Instant.now());
        if (document == null) {
            return Sent.notClaimed(id);
        }
        Instant claimedAt = Instant.now();
        Sent result = new Sent(id, true, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Document attempts = document.get(ATTEMPTS_FIELD, Document.class);
        for (Document entry : document.getList(OUTBOX_FIELD, Document.class)) {
            if (outage.get()) {
                break;
            }
            if (Duration.between(claimedAt, Instant.now()).compareTo(claimLease.dividedBy(2)) > 0) {
                if (claim(id, Instant.now()) == null) {
                    break;
                }
                claimedAt = Instant.now();
            }
            String eventId = entry.getString("eventId");
            Message<byte[]> message;
            try {
                message = toMessage(entry);
            } catch (RuntimeException malformed) {
                result.park(entry, "malformed outbox entry: " + describe(malformed), 1);
                continue;
            }
            try {
                bridge.send(binding, message);
                result.eventIds().add(eventId);
            } catch (RuntimeException e) {
                Failure failure = Failure.of(e);
                int attempt = 1 + (attempts == null || eventId == null ? 0 : attempts.getInteger(eventId, 0));
                if (failure == Failure.OUTAGE) {
                    outage.set(true);
                    log.warn("Outbox of {} {}: broker unavailable, backing off: {}", collection, id, describe(e));
                    break;
                }
                if (failure == Failure.PERMANENT || attempt >= MAX_ATTEMPTS) {
                    result.park(entry, describe(e), attempt);
                    continue;
                }
                log.warn("Outbox event {} of {} {} not published (attempt {} of {}): {}", eventId, collection, id,
                        attempt, MAX_ATTEMPTS, describe(e));
                result.failedAttempts().add(eventId);
                retrySoon();
                break;
            }
        }
        for (Document entry : result.parkedEntries()) {
            log.error("Outbox event {} ({}) of {} {} parked after {} attempt(s), not retried: {}",
                    entry.getString("eventId"), entry.getString("type"), collection, id, entry.get("attempts"),
                    entry.getString("cause"));
        }
        return result;
    }

    /** Takes (or renews) the claim on a document with pending events; returns its outbox, or null if not ours. */
    private Document claim(Object id, Instant now) {
        Query claimable = new Query(Criteria.where("_id").is(id).and(OUTBOX_FIELD + ".0").exists(true).orOperator(
                Criteria.where(CLAIM_FIELD).exists(false),
                Criteria.where(CLAIM_FIELD + ".until").lte(Date.from(now)),
                Criteria.where(CLAIM_FIELD + ".by").is(instance)));
        claimable.fields().include(OUTBOX_FIELD, ATTEMPTS_FIELD);
        Update take = new Update().set(CLAIM_FIELD,
                new Document("by", instance).append("until", Date.from(now.plus(claimLease))));
        return mongo.findAndModify(claimable, take, FindAndModifyOptions.options().returnNew(true), Document.class,
                collection);
    }

    /** What became of one document's outbox in one pass. */
    private record Sent(Object documentId, boolean claimed, List<String> eventIds, List<Document> parkedEntries,
            List<String> failedAttempts) {

        static Sent notClaimed(Object id) {
            return new Sent(id, false, List.of(), List.of(), List.of());
        }

        void park(Document entry, String cause, int attempts) {
            Document kept = new Document(entry);
            kept.remove("attempts");
            parkedEntries.add(kept.append("cause", cause).append("parkedAt", new Date()).append("attempts", attempts));
        }

        boolean wentOut() {
            return !eventIds.isEmpty() || !parkedEntries.isEmpty();
        }

        /** Removes published and parked entries, parks the latter, counts failures, and drops the claim. */
        Update release() {
            Update update = removal().unset(CLAIM_FIELD);
            failedAttempts.forEach(eventId -> update.inc(ATTEMPTS_FIELD + "." + eventId, 1));
            return update;
        }

        Update removal() {
            Update update = new Update();
            List<String> gone = new ArrayList<>(eventIds);
            parkedEntries.forEach(entry -> gone.add(entry.getString("eventId")));
            if (!gone.isEmpty()) {
                update.pull(OUTBOX_FIELD, new Document("eventId", new Document("$in", gone)));
                gone.stream().filter(java.util.Objects::nonNull)
                        .forEach(eventId -> update.unset(ATTEMPTS_FIELD + "." + eventId));
            }
            if (!parkedEntries.isEmpty()) {
                update.push(PARKED_FIELD).each(parkedEntries.toArray());
            }
            return update;
        }
    }

    /** How a failed send is handled: wait for the broker, park at once, or count the attempt. */
    enum Failure {
        OUTAGE, PERMANENT, OTHER;

        static Failure of(Throwable error) {
            for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                String name = cause.getClass().getName();
                if (cause instanceof org.apache.kafka.common.errors.RetriableException
                        || cause instanceof java.util.concurrent.TimeoutException
                        || cause instanceof InterruptedException
                        || cause instanceof org.apache.kafka.common.errors.InterruptException
                        || name.endsWith("MessageTimeoutException")
                        || name.endsWith("MessageDispatchingException")) {
                    return OUTAGE;
                }
                if (cause instanceof org.apache.kafka.common.errors.RecordTooLargeException
                        || cause instanceof org.apache.kafka.common.errors.InvalidTopicException
                        || cause instanceof org.apache.kafka.common.errors.SerializationException
                        || cause instanceof org.apache.kafka.common.errors.RecordBatchTooLargeException
                        || cause instanceof org.apache.kafka.common.InvalidRecordException) {
                    return PERMANENT;
                }
            }
            return OTHER;
        }
    }

    /** The innermost cause's class and message, cut short: ids and sizes, never a payload. */
    private static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        return text.length() > CAUSE_LENGTH ? text.substring(0, CAUSE_LENGTH) + "…" : text;
    }

    private Executor sendersOrCaller() {
        ExecutorService pool = senders;
        return pool != null ? pool : Runnable::run;
    }

    private void retrySoon() {
        long soon = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        if (soon - nextSweepNanos < 0) {
            nextSweepNanos = soon;
        }
    }

    /** The broker is away: wait 1, 2, 4 … 30 s before the next sweep; signals meanwhile are left to that sweep. */
    private void backOff() {
        consecutiveOutages = Math.min(consecutiveOutages + 1, 16);
        long seconds = Math.min(1L << (consecutiveOutages - 1), MAX_BACKOFF_SECONDS);
        backoffUntilNanos = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        nextSweepNanos = backoffUntilNanos;
    }

    private void refreshParkedCount() {
        Query withParked = new Query(Criteria.where(PARKED_FIELD + ".0").exists(true));
        withParked.fields().include(PARKED_FIELD);
        parked.set(mongo.find(withParked, Document.class, collection).stream()
                .mapToLong(d -> d.getList(PARKED_FIELD, Document.class, List.of()).size()).sum());
    }

    /** Sweeps finished since this relay started (the first one runs at start): a relay that stops sweeping is stuck. */
    public long sweeps() {
        return sweeps.get();
    }

    /** Entries parked in this collection, as of the last sweep. */
    public long parkedCount() {
        return parked.get();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("orientation.outbox.parked", parked, AtomicLong::get)
                .description("Outbox events that cannot be published, kept with their cause")
                .tag("collection", collection)
                .register(registry);
    }

    private static Message<byte[]> toMessage(Document entry) {
        return MessageBuilder.withPayload(entry.getString("payload").getBytes(StandardCharsets.UTF_8))
                .setHeader(KafkaHeaders.KEY, entry.getString("key").getBytes(StandardCharsets.UTF_8))
                .setHeader("eventType", java.util.Objects.requireNonNull(entry.getString("type"), "type"))
                .setHeader("contentType", MimeTypeUtils.APPLICATION_JSON_VALUE)
                .build();
    }

    private void work() {
        long wait = Math.min(sweepInterval.toMillis(), 1000);
        while (running) {
            try {
                if (System.nanoTime() - backoffUntilNanos < 0) {
                    // backing off: the sweep that ends it finds every signalled document
                    signalled.clear();
                    Thread.sleep(Math.min(wait, TimeUnit.NANOSECONDS.toMillis(backoffUntilNanos - System.nanoTime()) + 1));
                    continue;
                }
                if (System.nanoTime() - nextSweepNanos >= 0) {
                    nextSweepNanos = System.nanoTime() + sweepInterval.toNanos();
                    while (running && relayPending() >= batchSize && System.nanoTime() - backoffUntilNanos >= 0) {
                        // keep draining while full batches come back
                    }
                    sweeps.incrementAndGet();
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
                log.warn("Outbox relay of {} failed, will retry: {}", collection, describe(e));
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
        backoffUntilNanos = System.nanoTime();
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
