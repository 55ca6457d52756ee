package fr.inclusion.orientation.notification.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import fr.inclusion.orientation.testsupport.RealInfrastructure;

/**
 * Tests of the inbox replace the dispatch and the directory by fixtures at this boundary: the service's own
 * implementations step aside (they are fallbacks) instead of making injection ambiguous.
 */
@SpringBootTest(properties = "notification.outbound.sender.enabled=false")
@RealInfrastructure
class BoundaryFixturesTest {

    @TestConfiguration
    static class Fixtures {

        @Bean
        RecordingDispatch recordingDispatch() {
            return new RecordingDispatch();
        }

        @Bean
        PeopleDirectory fixedDirectory() {
            return new PeopleDirectory() {
                @Override
                public Optional<Contact> person(String userId) {
                    return Optional.of(new Contact(userId, "Claire Martin", "claire@demo.orientation-numerique.fr",
                            null));
                }

                @Override
                public List<Contact> venueStaff(String venueId) {
                    return List.of();
                }

                @Override
                public List<Contact> coordinators(String epciSiren, String departement) {
                    return List.of();
                }
            };
        }
    }

    static class RecordingDispatch implements OutboundDispatch {

        final List<OutboundMessage> enqueued = new ArrayList<>();

        @Override
        public void enqueue(OutboundMessage message) {
            enqueued.add(message);
        }
    }

    @Autowired
    OutboundDispatch dispatch;
    @Autowired
    PeopleDirectory directory;

    @Test
    void fixturesTakeThePlaceOfTheServicesImplementations() {
        assertThat(dispatch).isInstanceOf(RecordingDispatch.class);
        assertThat(directory.person("u-1")).map(Contact::displayName).contains("Claire Martin");
    }
}
