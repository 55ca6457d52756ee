package fr.inclusion.orientation.support.messaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

import fr.inclusion.orientation.contracts.Topics;

/**
 * Creates the event topics and this service's dead-letter topics with their partitions, replication and policy before
 * the bindings start (so the binder never creates them with the broker's defaults), and brings existing ones to that
 * policy: the venue stream compacted by venue id (the last event of a venue carries its whole snapshot), the
 * reference stream compacted by département (the last import of a département carries all its communes), the
 * referral stream kept {@code referral-events-retention} (ms, -1 forever), dead letters kept until replayed. Why:
 * docs/adr/0009. Every service declares every stream, so that whichever starts first creates them right.
 */
public class TopicProvisioning implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioning.class);

    private final KafkaClients clients;
    private final DeadLetters deadLetters;
    private final TopicPolicy policy;

    /** Settings from {@code orientation.messaging.topics.*}. */
    public record TopicPolicy(int partitions, short replicationFactor, int minInsyncReplicas,
            long referralEventsRetentionMs) {
    }

    public TopicProvisioning(KafkaClients clients, DeadLetters deadLetters, TopicPolicy policy) {
        this.clients = clients;
        this.deadLetters = deadLetters;
        this.policy = policy;
    }

    /** Each topic this service makes sure of, with the configuration it must have. */
    public Map<String, Map<String, String>> topics() {
        Map<String, Map<String, String>> topics = new LinkedHashMap<>();
        topics.put(Topics.VENUE_EVENTS, Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(policy.minInsyncReplicas())));
        topics.put(Topics.REFERENCE_EVENTS, Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(policy.minInsyncReplicas())));
        topics.put(Topics.REFERRAL_EVENTS, Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, String.valueOf(policy.referralEventsRetentionMs()),
                TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(policy.minInsyncReplicas())));
        for (DeadLetters.DeadLetterTopic deadLetter : deadLetters.topics()) {
            topics.put(deadLetter.topic(), Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                    TopicConfig.RETENTION_MS_CONFIG, "-1",
                    TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, String.valueOf(policy.minInsyncReplicas())));
        }
        return topics;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Map<String, Map<String, String>> wanted = topics();
        try {
            Admin admin = clients.admin();
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            wanted.forEach((name, config) -> {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, Optional.of(policy.partitions()),
                            Optional.of(policy.replicationFactor())).configs(config));
                }
            });
            create(admin, missing);
            List<String> present = wanted.keySet().stream().filter(existing::contains).toList();
            if (!present.isEmpty()) {
                align(admin, present, wanted);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while provisioning topics", e);
        } catch (Exception e) {
            // the binder then creates missing topics with its own partitions and replication; the policy is applied
            // at the next start
            log.error("Could not provision the topics {} ({}); the next start will", wanted.keySet(), e.toString());
        }
    }

    private static void create(Admin admin, Collection<NewTopic> missing) throws Exception {
        for (NewTopic topic : missing) {
            try {
                admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                log.info("Created topic {} ({} partitions, replication {}, {})", topic.name(),
                        topic.numPartitions(), topic.replicationFactor(), topic.configs());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
                // another service created it at the same moment: it declares the same policy
            }
        }
    }

    private void align(Admin admin, List<String> present, Map<String, Map<String, String>> wanted) throws Exception {
        Map<String, TopicDescription> descriptions = admin.describeTopics(present).allTopicNames()
                .get(30, TimeUnit.SECONDS);
        Map<String, NewPartitions> grow = new LinkedHashMap<>();
        descriptions.forEach((name, description) -> {
            if (description.partitions().size() < policy.partitions()) {
                grow.put(name, NewPartitions.increaseTo(policy.partitions()));
            }
        });
        if (!grow.isEmpty()) {
            // keys move to other partitions: only ever done once, before the first real traffic (docs/adr/0009)
            log.warn("Adding partitions to {} (up to {})", grow.keySet(), policy.partitions());
            admin.createPartitions(grow).all().get(30, TimeUnit.SECONDS);
        }
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new LinkedHashMap<>();
        for (String name : present) {
            List<AlterConfigOp> ops = wanted.get(name).entrySet().stream()
                    .map(e -> new AlterConfigOp(new ConfigEntry(e.getKey(), e.getValue()), AlterConfigOp.OpType.SET))
                    .toList();
            changes.put(new ConfigResource(ConfigResource.Type.TOPIC, name), ops);
        }
        admin.incrementalAlterConfigs(changes).all().get(30, TimeUnit.SECONDS);
    }
}
