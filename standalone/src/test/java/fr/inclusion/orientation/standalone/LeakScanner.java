package fr.inclusion.orientation.standalone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Looks for residents' identities in text: every line of every log file under a folder, every record (key, value,
 * headers) of every topic of a Kafka cluster read from the earliest offset. A first name or an e-mail address is
 * found whatever its case; a phone number in any of its usual French forms ({@code 06 12 34 56 78},
 * {@code 0612345678}, {@code +33612345678}, {@code 33612345678}).
 */
final class LeakScanner {

    /** One identity found: where (file:line or topic-partition@offset), which identity, and the text around it. */
    record Hit(String where, String identity, String excerpt) {

        @Override
        public String toString() {
            return where + " contains « " + identity + " »: …" + excerpt + "…";
        }
    }

    private final Set<String> needles = new LinkedHashSet<>();

    LeakScanner(Collection<String> identities) {
        for (String identity : identities) {
            needles.addAll(forms(identity));
        }
    }

    Set<String> needles() {
        return needles;
    }

    /** The forms an identity may take once stored, logged or formatted; lower case. */
    static Set<String> forms(String identity) {
        Set<String> forms = new LinkedHashSet<>();
        String trimmed = identity.strip();
        if (trimmed.isEmpty()) {
            return forms;
        }
        forms.add(trimmed.toLowerCase(Locale.ROOT));
        String digits = trimmed.replaceAll("[^0-9]", "");
        boolean phone = trimmed.matches("\\+?[0-9 .()-]{9,}");
        if (phone) {
            String national = digits.startsWith("33") && digits.length() == 11 ? "0" + digits.substring(2) : digits;
            if (national.length() == 10 && national.startsWith("0")) {
                String subscriber = national.substring(1);
                forms.add(national);
                forms.add("+33" + subscriber);
                forms.add("33" + subscriber);
                forms.add(String.join(" ", national.split("(?<=\\G..)")));
                forms.add(String.join(".", national.split("(?<=\\G..)")));
            } else {
                forms.add(digits);
            }
        }
        return forms;
    }

    List<Hit> scan(String where, String text) {
        List<Hit> hits = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (String needle : needles) {
            int at = lower.indexOf(needle);
            if (at >= 0) {
                int from = Math.max(0, at - 60);
                int to = Math.min(text.length(), at + needle.length() + 60);
                hits.add(new Hit(where, needle, text.substring(from, to).replaceAll("\\s+", " ")));
            }
        }
        return hits;
    }

    /** Every line of every file under {@code folder}, read as UTF-8 with undecodable bytes replaced. */
    List<Hit> scanFiles(Path folder) {
        List<Hit> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE);
                try (BufferedReader reader = new BufferedReader(
                        new java.io.InputStreamReader(Files.newInputStream(file), decoder))) {
                    String line;
                    int number = 0;
                    while ((line = reader.readLine()) != null) {
                        number++;
                        hits.addAll(scan(folder.relativize(file) + ":" + number, line));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    /** What a Kafka scan read, for the test to check that it read something. */
    record KafkaScan(Set<String> topics, long records, List<Hit> hits) {
    }

    /** Every record of every topic (internal ones too), from the earliest offset to the end as of now. */
    KafkaScan scanKafka(String bootstrapServers) {
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        Set<String> topics;
        try (Admin client = Admin.create(admin)) {
            topics = client.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the topics of " + bootstrapServers, e);
        }
        Properties consumer = new Properties();
        consumer.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted");
        consumer.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        List<Hit> hits = new ArrayList<>();
        long read = 0;
        try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(consumer, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                kafka.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = kafka.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (partitions.stream().anyMatch(p -> kafka.position(p, Duration.ofSeconds(30)) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the topics could not be read to their end in 3 minutes");
                }
                for (ConsumerRecord<byte[], byte[]> record : kafka.poll(Duration.ofMillis(500))) {
                    read++;
                    String where = record.topic() + "-" + record.partition() + "@" + record.offset();
                    hits.addAll(scan(where, text(record)));
                }
            }
        }
        return new KafkaScan(topics, read, hits);
    }

    private static String text(ConsumerRecord<byte[], byte[]> record) {
        StringBuilder text = new StringBuilder();
        if (record.key() != null) {
            text.append(new String(record.key(), StandardCharsets.UTF_8)).append('\n');
        }
        if (record.value() != null) {
            text.append(new String(record.value(), StandardCharsets.UTF_8)).append('\n');
        }
        for (Header header : record.headers()) {
            text.append(header.key()).append('=');
            if (header.value() != null) {
                text.append(new String(header.value(), StandardCharsets.UTF_8));
            }
            text.append('\n');
        }
        return text.toString();
    }
}
