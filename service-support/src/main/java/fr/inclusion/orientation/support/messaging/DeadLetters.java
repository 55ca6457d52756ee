package fr.inclusion.orientation.support.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cloud.stream.binder.kafka.properties.KafkaBindingProperties;
import org.springframework.cloud.stream.config.BindingProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/**
 * The dead-letter topics of this service's consumer bindings (those with {@code enable-dlq}), how many records each
 * holds that were not replayed yet, and their replay.
 *
 * <p>A replay reads a dead-letter topic from where the previous replay stopped (consumer group
 * {@code <service>-dlq-replay}, committed after each record, so a record is never replayed twice) up to its end at
 * the time of the call, and hands each record to the binding's own function, in this service: the other consumer
 * groups of the original topic are not disturbed, and a compacted topic never gets an old event back as the last of
 * its key. Consumers deduplicate by {@code eventId} (or apply by version), so a record processed once already
 * changes nothing. A record that still cannot be processed is parked again at the end of its dead-letter topic with
 * its new cause; a transient failure (the store away) stops the replay where it is.
 */
public class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final Duration REPLAY_LIMIT = Duration.ofMinutes(5);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaClients clients;
    private final ApplicationContext context;
    private final String replayGroup;
    private final Map<String, DeadLetterTopic> topics;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public DeadLetters(KafkaClients clients, ApplicationContext context, BindingServiceProperties bindings) {
        this.clients = clients;
        this.context = context;
        String service = context.getEnvironment().getProperty("spring.application.name", "orientation");
        this.replayGroup = service + "-dlq-replay";
        this.topics = inventory(Binder.get(context.getEnvironment()), bindings.getBindings());
    }

    /** A consumer binding's dead-letter topic: where its records come from and which function processes them. */
    public record DeadLetterTopic(String topic, String originalTopic, String group, String binding) {
    }

    /** A dead-letter topic's records not replayed yet (waiting) and all those it still holds (kept). */
    public record Count(String topic, String originalTopic, String group, long waiting, long kept) {
    }

    /** What a replay did: records processed, parked again (still failing), and still waiting after it. */
    public record Replay(String topic, int replayed, int parkedAgain, long waiting) {
    }

    public Collection<DeadLetterTopic> topics() {
        return topics.values();
    }

    public Optional<DeadLetterTopic> topic(String name) {
        return Optional.ofNullable(topics.get(name));
    }

    public List<Count> counts() {
        List<Count> counts = new ArrayList<>();
        for (DeadLetterTopic topic : topics.values()) {
            counts.add(count(topic));
        }
        return counts;
    }

    public Count count(DeadLetterTopic topic) {
        try {
            Admin admin = clients.admin();
            List<TopicPartition> partitions = partitions(admin, topic.topic());
            if (partitions.isEmpty()) {
                return new Count(topic.topic(), topic.originalTopic(), topic.group(), 0, 0);
            }
            Map<TopicPartition, Long> earliest = offsets(admin, partitions, OffsetSpec.earliest());
            Map<TopicPartition, Long> latest = offsets(admin, partitions, OffsetSpec.latest());
            Map<TopicPartition, OffsetAndMetadata> replayed = admin.listConsumerGroupOffsets(replayGroup)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            long waiting = 0;
            long kept = 0;
            for (TopicPartition partition : partitions) {
                long start = earliest.get(partition);
                long end = latest.get(partition);
                OffsetAndMetadata done = replayed.get(partition);
                kept += end - start;
                waiting += end - Math.max(start, done == null ? start : done.offset());
            }
            return new Count(topic.topic(), topic.originalTopic(), topic.group(), waiting, kept);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLettersUnavailableException(e);
        } catch (Exception e) {
            throw new DeadLettersUnavailableException(e);
        }
    }

    /** Replays the records of {@code topic} not replayed yet; one replay of a topic at a time in this instance. */
    public Replay replay(DeadLetterTopic topic) {
        synchronized (locks.computeIfAbsent(topic.topic(), t -> new Object())) {
            Consumer<Message<byte[]>> function = function(topic);
            int replayed = 0;
            int parkedAgain = 0;
            Instant deadline = Instant.now().plus(REPLAY_LIMIT);
            try (KafkaConsumer<byte[], byte[]> consumer = clients.consumer(replayGroup)) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic.topic()).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                consumer.assign(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
                for (TopicPartition partition : partitions) {
                    OffsetAndMetadata done = committed.get(partition);
                    if (done == null) {
                        consumer.seekToBeginning(List.of(partition));
                    } else {
                        consumer.seek(partition, done.offset());
                    }
                }
                while (!reachedEnd(consumer, partitions, end)) {
                    if (Instant.now().isAfter(deadline)) {
                        throw new DeadLettersUnavailableException(new IllegalStateException(
                                "replay of " + topic.topic() + " did not reach the end in " + REPLAY_LIMIT));
                    }
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                        if (record.offset() >= end.get(partition)) {
                            // parked during this replay: the next replay takes it
                            continue;
                        }
                        try {
                            function.accept(message(record, topic));
                            replayed++;
                        } catch (RuntimeException e) {
                            if (ConsumerFailures.classify(e) == ConsumerFailures.Kind.TRANSIENT) {
                                log.warn("Replay of {} stopped at {}@{}: a dependency is away", topic.topic(),
                                        partition, record.offset());
                                throw new DeadLettersUnavailableException(e);
                            }
                            parkAgain(record, e);
                            parkedAgain++;
                        }
                        consumer.commitSync(Map.of(partition, new OffsetAndMetadata(record.offset() + 1)));
                    }
                }
            } catch (DeadLettersUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new DeadLettersUnavailableException(e);
            }
            log.info("Replayed {} record(s) of {}, {} parked again", replayed, topic.topic(), parkedAgain);
            return new Replay(topic.topic(), replayed, parkedAgain, count(topic).waiting());
        }
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end) {
        for (TopicPartition partition : partitions) {
            if (consumer.position(partition) < end.get(partition)) {
                return false;
            }
        }
        return true;
    }

    private void parkAgain(ConsumerRecord<byte[], byte[]> record, RuntimeException failure) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        DeadLetterHeaders.describe(headers, failure);
        log.warn("Record {}-{}@{} still fails on replay ({}): parked again", record.topic(), record.partition(),
                record.offset(), DeadLetterHeaders.cause(failure).getClass().getName());
        try {
            clients.template().send(new ProducerRecord<>(record.topic(), record.partition(), record.key(),
                    record.value(), headers)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeadLettersUnavailableException(e);
        } catch (Exception e) {
            throw new DeadLettersUnavailableException(e);
        }
    }

    private static Message<byte[]> message(ConsumerRecord<byte[], byte[]> record, DeadLetterTopic topic) {
        String original = DeadLetterHeaders.text(record.headers(), DeadLetterHeaders.ORIGINAL_TOPIC);
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(record.value() == null ? new byte[0]
                : record.value())
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, original != null ? original : topic.originalTopic());
        if (record.key() != null) {
            message.setHeader(KafkaHeaders.RECEIVED_KEY, record.key());
        }
        return message.build();
    }

    @SuppressWarnings("unchecked")
    private Consumer<Message<byte[]>> function(DeadLetterTopic topic) {
        String name = topic.binding().replaceFirst("-in-\\d+$", "");
        return (Consumer<Message<byte[]>>) context.getBean(name, Consumer.class);
    }

    private static List<TopicPartition> partitions(Admin admin, String topic) throws Exception {
        if (!admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(topic)) {
            return List.of();
        }
        return admin.describeTopics(List.of(topic)).allTopicNames().get(10, TimeUnit.SECONDS).get(topic)
                .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws Exception {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(p -> request.put(p, spec));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin.listOffsets(request).all()
                .get(10, TimeUnit.SECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        result.forEach((p, info) -> offsets.put(p, info.offset()));
        return offsets;
    }

    private static Map<String, DeadLetterTopic> inventory(Binder binder, Map<String, BindingProperties> bindings) {
        // the Kafka binder's own binding properties, bound as the binder binds them
        Map<String, KafkaBindingProperties> kafka = binder.bind("spring.cloud.stream.kafka.bindings",
                Bindable.mapOf(String.class, KafkaBindingProperties.class)).orElse(Map.of());
        Map<String, DeadLetterTopic> topics = new TreeMap<>();
        bindings.forEach((binding, properties) -> {
            KafkaBindingProperties extension = kafka.get(binding);
            if (extension == null || !extension.getConsumer().isEnableDlq() || properties.getDestination() == null
                    || properties.getGroup() == null) {
                return;
            }
            String name = extension.getConsumer().getDlqName() != null ? extension.getConsumer().getDlqName()
                    : "error." + properties.getDestination() + "." + properties.getGroup();
            topics.put(name, new DeadLetterTopic(name, properties.getDestination(), properties.getGroup(), binding));
        });
        return Collections.unmodifiableMap(topics);
    }
}
