package fr.inclusion.orientation.referral.venues.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.inclusion.orientation.contracts.venue.VenueSnapshot;
import fr.inclusion.orientation.referral.RunningReferralService;
import fr.inclusion.orientation.referral.venues.domain.KnownVenues;
import fr.inclusion.orientation.referral.venues.persistence.MongoVenueReadModel;

/**
 * Venues read recently are answered from memory: a change applied by this instance's consumer is seen at once, one
 * applied by another instance (straight in the store here) once the time to live has passed.
 */
class RecentVenuesTest extends RunningReferralService {

    private static final List<String> ADMIN_HELP = List.of("Aide aux démarches administratives");

    @Autowired
    MongoVenueReadModel store;

    @Autowired
    KnownVenues venues;

    @Test
    void theServiceReadsVenuesThroughTheCache() {
        assertThat(venues).isInstanceOf(RecentVenues.class);
    }

    @Test
    void anEventConsumedHereIsSeenAtOnce() {
        String id = registeredVenue(ADMIN_HELP);
        assertThat(venues.byId(id).orElseThrow().intakePaused()).isFalse();

        publish(venueEvent(id, 2, ADMIN_HELP, true, true));
        awaitVenueVersion(id, 2);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> venues.byId(id).orElseThrow().intakePaused());
    }

    @Test
    void aChangeStoredByAnotherInstanceIsSeenOnceTheTimeToLiveHasPassed() {
        AtomicLong nanos = new AtomicLong();
        RecentVenues recent = new RecentVenues(store, Duration.ofSeconds(5), nanos::get);
        String id = registeredVenue(ADMIN_HELP);
        assertThat(recent.byId(id).orElseThrow().intakePaused()).isFalse();

        VenueSnapshot paused = venueEvent(id, 2, ADMIN_HELP, true, true).venue();
        assertThat(store.upsertIfNewer(paused, 2, UUID.randomUUID().toString())).isTrue();

        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(recent.byId(id).orElseThrow().intakePaused()).isFalse();
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(recent.byId(id).orElseThrow().intakePaused()).isTrue();
    }

    @Test
    void anUnknownVenueIsLookedForAgainOnceItsEventArrives() {
        String id = "venue-" + UUID.randomUUID();
        assertThat(venues.byId(id)).isEmpty();

        publish(venueEvent(id, 1, ADMIN_HELP, true, false));
        awaitVenueVersion(id, 1);

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> venues.byId(id).isPresent());
    }
}
