package fr.inclusion.orientation.support.messaging;

import java.time.Duration;
import java.util.function.BiFunction;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Every consumer binding's failures, handled by the listener container rather than inside the binding: a failed
 * record is sought again (its partition waits, so order per key holds) after a backoff chosen by
 * {@link ConsumerFailures}: a transient failure is retried for as long as it lasts, waits growing from
 * {@code orientation.messaging.transient-retry.initial-interval} to {@code max-interval}; poison goes to the binding's
 * dead-letter topic ({@code enable-dlq}, {@code dlq-name}) at once; anything else after the binding's
 * {@code max-attempts} and backoff. Dead letters are published by a durable producer with the binder's header names.
 * The binding must keep {@code max-attempts} above 1 (else the binder keeps its own error channel).
 */
@Configuration(proxyBeanMethods = false)
public class ConsumerErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ConsumerErrorHandling.class);

    @Bean
    KafkaClients kafkaClients(Environment environment) {
        return new KafkaClients(environment);
    }

    @Bean
    ListenerContainerWithDlqAndRetryCustomizer consumerFailures(KafkaClients clients,
            @Value("${orientation.messaging.transient-retry.initial-interval:500ms}") Duration initialInterval,
            @Value("${orientation.messaging.transient-retry.max-interval:10s}") Duration maxInterval,
            @Value("${orientation.messaging.transient-retry.multiplier:2.0}") double multiplier) {
        return new ListenerContainerWithDlqAndRetryCustomizer() {

            @Override
            public void configure(AbstractMessageListenerContainer<?, ?> container, String destination, String group,
                    BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> deadLetterTopic, BackOff backOff) {
                container.setCommonErrorHandler(errorHandler(clients, destination, group, deadLetterTopic,
                        backOff, transientBackOff(initialInterval, maxInterval, multiplier)));
            }

            @Override
            public boolean retryAndDlqInBinding(String destination, String group) {
                return false;
            }
        };
    }

    static DefaultErrorHandler errorHandler(KafkaClients clients, String destination, String group,
            BiFunction<ConsumerRecord<?, ?>, Exception, TopicPartition> deadLetterTopic, BackOff bindingBackOff,
            BackOff transientBackOff) {
        BackOff other = bindingBackOff != null ? bindingBackOff : new FixedBackOff(0, 0);
        DefaultErrorHandler handler;
        if (deadLetterTopic != null) {
            DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(clients.template(),
                    (record, failure) -> {
                        log.warn("Record {}-{}@{} of group {} goes to the dead-letter topic: {}", record.topic(),
                                record.partition(), record.offset(), group,
                                DeadLetterHeaders.cause(failure).getClass().getName());
                        return deadLetterTopic.apply(record, failure);
                    });
            recoverer.setHeaderNamesSupplier(DeadLetterHeaders::names);
            recoverer.setExceptionHeadersCreator((headers, failure, isKey, names) ->
                    DeadLetterHeaders.describe(headers, failure));
            handler = new DefaultErrorHandler(recoverer, other);
        } else {
            handler = new DefaultErrorHandler(other);
        }
        handler.setBackOffFunction((record, failure) -> switch (ConsumerFailures.classify(failure)) {
            case TRANSIENT -> {
                log.warn("Record {}-{}@{} of group {} waits for a dependency: {}", record.topic(), record.partition(),
                        record.offset(), group, DeadLetterHeaders.cause(failure).toString());
                yield transientBackOff;
            }
            case POISON -> new FixedBackOff(0, 0);
            case OTHER -> other;
        });
        // a record that was waiting for the store and then fails otherwise starts the backoff of its new failure
        handler.setResetStateOnExceptionChange(true);
        return handler;
    }

    static BackOff transientBackOff(Duration initialInterval, Duration maxInterval, double multiplier) {
        ExponentialBackOff backOff = new ExponentialBackOff(initialInterval.toMillis(), multiplier);
        backOff.setMaxInterval(maxInterval.toMillis());
        // no limit: the record waits for the dependency however long it is away
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        backOff.setMaxAttempts(Long.MAX_VALUE);
        return backOff;
    }
}
