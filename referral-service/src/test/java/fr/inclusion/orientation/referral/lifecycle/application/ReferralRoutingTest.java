package fr.inclusion.orientation.referral.lifecycle.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.referral.lifecycle.domain.Contact;
import fr.inclusion.orientation.referral.lifecycle.domain.ContactChannel;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralDraft;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralPage;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralSearch;
import fr.inclusion.orientation.referral.lifecycle.domain.Referrals;
import fr.inclusion.orientation.referral.lifecycle.domain.Resident;
import fr.inclusion.orientation.referral.servicelevel.application.AnswerDeadlines;
import fr.inclusion.orientation.referral.venues.domain.KnownVenue;
import fr.inclusion.orientation.referral.venues.domain.KnownVenues;
import fr.inclusion.orientation.support.security.Caller;

/** Sending with the ports faked in memory: what the creation reads from the venue read model, and how often. */
class ReferralRoutingTest {

    private static final String NEED = "Aide aux démarches administratives";
    /** Monday 7 December 2026, 09:30 in Paris. */
    private static final Instant NOW = paris("2026-12-07T09:30");
    private static final Caller SECRETARY = new Caller("secretary-1", "secretaire.revigny", Set.of(Caller.SECRETARY),
            List.of("55427"), null, null);

    private final CountingVenues venues = new CountingVenues();
    private final InMemoryReferrals referrals = new InMemoryReferrals();
    private final ReferralRouting routing = new ReferralRouting(referrals, venues, Clock.fixed(NOW, ZoneOffset.UTC),
            new AnswerDeadlines(3));

    private static SendReferral sendTo(String venueId, String key) {
        return new SendReferral(key, new ReferralDraft(venueId, NEED, null,
                new Resident("Léa", new Contact(ContactChannel.PHONE, "0612345678"), "55427"), List.of(), null,
                null, true, "v1"));
    }

    @Test
    void sendingReadsTheVenueOnceAndTheDueDateFollowsItsOwnDelay() {
        venues.add(new KnownVenue("slow", "Lieu lent", "55427", List.of(NEED), false, true, 2, null, 5));

        Referral referral = routing.send(sendTo("slow", "key-1"), SECRETARY).referral();

        assertThat(venues.reads.get()).as("one read of the read model per creation").isEqualTo(1);
        // Monday 7 December 09:30 plus five working days
        assertThat(referral.dueAt()).isEqualTo(paris("2026-12-14T09:30"));
        assertThat(referrals.byId(referral.id()).orElseThrow().dueAt()).isEqualTo(referral.dueAt());
    }

    @Test
    void aVenueWithoutItsOwnDelayGetsTheDefault() {
        venues.add(new KnownVenue("usual", "Lieu", "55427", List.of(NEED), false, true, 1, null, null));

        Referral referral = routing.send(sendTo("usual", "key-2"), SECRETARY).referral();

        assertThat(venues.reads.get()).isEqualTo(1);
        assertThat(referral.dueAt()).isEqualTo(paris("2026-12-10T09:30"));
    }

    private static final class CountingVenues implements KnownVenues {

        final AtomicInteger reads = new AtomicInteger();
        private final Map<String, KnownVenue> byId = new HashMap<>();

        void add(KnownVenue venue) {
            byId.put(venue.id(), venue);
        }

        @Override
        public Optional<KnownVenue> byId(String venueId) {
            reads.incrementAndGet();
            return Optional.ofNullable(byId.get(venueId));
        }
    }

    private static final class InMemoryReferrals implements Referrals {

        private final Map<String, Referral> byId = new HashMap<>();

        @Override
        public Optional<Referral> byId(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Referral> byIdempotencyKey(String secretaryId, String idempotencyKey) {
            return byId.values().stream()
                    .filter(r -> r.createdBy().equals(secretaryId) && r.idempotencyKey().equals(idempotencyKey))
                    .findFirst();
        }

        @Override
        public void add(Referral referral) {
            byId.put(referral.id(), referral);
        }

        @Override
        public void update(Referral referral) {
            byId.put(referral.id(), referral);
        }

        @Override
        public Optional<fr.inclusion.orientation.referral.lifecycle.domain.PendingReroute> rerouteOf(String id) {
            return Optional.empty();
        }

        @Override
        public java.util.List<fr.inclusion.orientation.referral.lifecycle.domain.PendingReroute> pendingReroutes(
                java.time.Instant recordedBefore, int limit) {
            return java.util.List.of();
        }

        @Override
        public void rerouteCompleted(String referralId, java.time.Instant at) {
            throw new UnsupportedOperationException("not needed here");
        }

        @Override
        public ReferralPage search(ReferralSearch search, int page, int size) {
            throw new UnsupportedOperationException("not needed here");
        }
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZoneId.of("Europe/Paris")).toInstant();
    }
}
