package fr.inclusion.orientation.support.messaging;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The Kafka clients of the dead-letter plumbing, on the binder's brokers ({@code spring.cloud.stream.kafka.binder
 * .brokers}, else {@code spring.kafka.bootstrap-servers}): a durable producer (acks from every in-sync replica,
 * idempotent) for dead letters, an admin client for counting them, and consumers for replaying them.
 */
public class KafkaClients implements DisposableBean {

    private final String brokers;
    private final DefaultKafkaProducerFactory<byte[], byte[]> producers;
    private final KafkaTemplate<byte[], byte[]> template;
    private volatile Admin admin;

    public KafkaClients(Environment environment) {
        this.brokers = environment.getProperty("spring.cloud.stream.kafka.binder.brokers",
                environment.getProperty("spring.kafka.bootstrap-servers", "127.0.0.1:9092"));
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, environment.getProperty("spring.application.name", "orientation")
                + "-dead-letters");
        this.producers = new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(),
                new ByteArraySerializer());
        this.template = new KafkaTemplate<>(producers);
    }

    public KafkaTemplate<byte[], byte[]> template() {
        return template;
    }

    public Admin admin() {
        Admin current = admin;
        if (current == null) {
            synchronized (this) {
                if (admin == null) {
                    Properties config = new Properties();
                    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
                    // a count must not hang a scrape or a request while the broker is away
                    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
                    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000);
                    admin = Admin.create(config);
                }
                current = admin;
            }
        }
        return current;
    }

    /** A consumer that commits only when told to, reading from the beginning when its group has no offset yet. */
    public KafkaConsumer<byte[], byte[]> consumer(String group) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 100);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000);
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public void destroy() {
        producers.destroy();
        if (admin != null) {
            admin.close();
        }
    }
}
