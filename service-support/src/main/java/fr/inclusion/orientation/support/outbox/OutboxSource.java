package fr.inclusion.orientation.support.outbox;

/**
 * What a service publishes through its outbox: the Mongo collection whose documents keep an {@code outbox} array,
 * and the Spring Cloud Stream binding the events go to (configured with {@code producer.sync=true}). Declared as a
 * bean, it is all a service writes: {@link OutboxRelayAutoConfiguration} starts the relay.
 */
public record OutboxSource(String collection, String binding) {
}
