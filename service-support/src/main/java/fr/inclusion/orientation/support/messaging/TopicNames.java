package fr.inclusion.orientation.support.messaging;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import fr.inclusion.orientation.contracts.Topics;

/**
 * The topic names of event-contracts' {@link Topics} as properties, so that the services' bindings name their
 * destinations from there and nowhere else: {@code destination: ${orientation.topics.venue-events}} (and the
 * dead-letter topics {@code ${orientation.topics.venue-events}.<group>.dlq}, {@link Topics#deadLetter}).
 * Read-only: added last, and no configuration is meant to set them.
 */
public class TopicNames implements EnvironmentPostProcessor {

    static final String VENUE_EVENTS = "orientation.topics.venue-events";
    static final String REFERRAL_EVENTS = "orientation.topics.referral-events";
    static final String REFERENCE_EVENTS = "orientation.topics.reference-events";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("orientationTopics", Map.of(
                VENUE_EVENTS, Topics.VENUE_EVENTS,
                REFERRAL_EVENTS, Topics.REFERRAL_EVENTS,
                REFERENCE_EVENTS, Topics.REFERENCE_EVENTS)));
    }
}
