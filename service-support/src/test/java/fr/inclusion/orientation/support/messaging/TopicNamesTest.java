package fr.inclusion.orientation.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.StandardEnvironment;

import fr.inclusion.orientation.contracts.Topics;

/** The services' bindings name their topics through these properties: they must be event-contracts' names. */
class TopicNamesTest {

    private final StandardEnvironment environment = new StandardEnvironment();

    TopicNamesTest() {
        new TopicNames().postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void destinationsAreTheContractsTopics() {
        assertThat(environment.resolvePlaceholders("${orientation.topics.venue-events}"))
                .isEqualTo("venue.venue-events").isEqualTo(Topics.VENUE_EVENTS);
        assertThat(environment.resolvePlaceholders("${orientation.topics.referral-events}"))
                .isEqualTo("referral.referral-events").isEqualTo(Topics.REFERRAL_EVENTS);
        assertThat(environment.resolvePlaceholders("${orientation.topics.reference-events}"))
                .isEqualTo("venue.reference-events").isEqualTo(Topics.REFERENCE_EVENTS);
    }

    @Test
    void deadLetterNamesAsTheServicesWriteThemFollowTheContractsRule() {
        assertThat(environment.resolvePlaceholders("${orientation.topics.referral-events}.referral-service-flows.dlq"))
                .isEqualTo(Topics.deadLetter(Topics.REFERRAL_EVENTS, "referral-service-flows"));
    }
}
