package fr.inclusion.orientation.notification.inbox.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.contracts.referral.ReferralEscalated;
import fr.inclusion.orientation.notification.inbox.InMemoryPorts;
import fr.inclusion.orientation.notification.outbound.Channel;
import fr.inclusion.orientation.notification.outbound.Contact;

/** The digest rule on in-memory ports; {@code DailyDigestIntegrationTest} runs it on the real store. */
class DailyDigestTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final InMemoryPorts.Service service = new InMemoryPorts.Service();
    private final DailyDigest digest = new DailyDigest(service.digests, service.leases, service.dispatch,
            service.links, service.clock, PARIS, Duration.ofMinutes(10), "instance-a");
    private final DailyDigest otherInstance = new DailyDigest(service.digests, service.leases, service.dispatch,
            service.links, service.clock, PARIS, Duration.ofMinutes(10), "instance-b");

    @Test
    void oneDigestPerDayListingWhatCameBeforeTheDayAndNothingWhenThereIsNothing() {
        service.directory.coordinator("55", new Contact("coord-1", "Dominique", "dominique@meuse.example", null));
        service.clock.pin(Instant.parse("2026-12-01T09:00:00Z"));
        ReferralEscalated first = escalated("r-1");
        service.delivery.deliver(first);

        service.clock.pin(Instant.parse("2026-12-01T17:00:00Z"));
        assertThat(digest.tick().sent()).as("same day: waits for tomorrow").isZero();

        service.clock.pin(Instant.parse("2026-12-02T06:30:00Z")); // 07:30 in Paris
        DailyDigest.Run run = digest.tick();

        assertThat(run.sent()).isEqualTo(1);
        assertThat(service.dispatch.stored()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("digest:coord-1:2026-12-02");
            assertThat(m.channel()).isEqualTo(Channel.EMAIL);
            assertThat(m.address()).isEqualTo("dominique@meuse.example");
            assertThat(m.subject()).contains("récapitulatif du mercredi 2 décembre 2026 (1 notification)");
            assertThat(m.text()).contains("Orientation sans réponse signalée")
                    .contains("https://orientation.example/orientations/r-1")
                    .contains("préférences de notification : https://orientation.example/preferences");
            assertThat(m.html()).contains("<a href=\"https://orientation.example/preferences\">");
            assertThat(m.referralId()).isNull();
        });

        service.clock.pin(Instant.parse("2026-12-02T08:00:00Z"));
        assertThat(digest.sendToday().sent()).as("second run of the day").isZero();
        service.delivery.deliver(escalated("r-2"));
        assertThat(digest.sendToday().sent()).as("a new one waits for tomorrow").isZero();

        service.clock.pin(Instant.parse("2026-12-03T06:30:00Z"));
        assertThat(digest.tick().sent()).isEqualTo(1);
        assertThat(service.dispatch.stored()).hasSize(2);
        assertThat(service.dispatch.stored().get(1).text()).contains("orientations/r-2").doesNotContain("/r-1");

        service.clock.pin(Instant.parse("2026-12-04T06:30:00Z"));
        assertThat(digest.tick().sent()).as("nothing to say").isZero();
        assertThat(service.dispatch.calls()).hasSize(2);
    }

    @Test
    void aSecondInstanceDoesNothingWhileTheFirstHoldsTheLease() {
        service.directory.coordinator("55", new Contact("coord-2", "Dominique", "d2@meuse.example", null));
        service.clock.pin(Instant.parse("2026-12-01T09:00:00Z"));
        service.delivery.deliver(escalated("r-3"));
        service.clock.pin(Instant.parse("2026-12-02T06:30:00Z"));

        DailyDigest.Run a = digest.tick();
        DailyDigest.Run b = otherInstance.tick();

        assertThat(a.ran()).isTrue();
        assertThat(b.ran()).isFalse();
        assertThat(service.dispatch.calls()).hasSize(1);
        // Even without the lease, the second run of the day sends nothing more.
        assertThat(otherInstance.sendToday().sent()).isZero();
        assertThat(service.dispatch.stored()).hasSize(1);
    }

    private static ReferralEscalated escalated(String referralId) {
        return new ReferralEscalated(UUID.randomUUID(), Instant.parse("2026-12-01T08:59:00Z"), referralId, 3,
                "venue-x", "Aide aux démarches administratives", "55427", null, "55");
    }
}
