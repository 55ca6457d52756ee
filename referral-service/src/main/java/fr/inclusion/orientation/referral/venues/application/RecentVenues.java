package fr.inclusion.orientation.referral.venues.application;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;

import fr.inclusion.orientation.referral.venues.domain.KnownVenue;
import fr.inclusion.orientation.referral.venues.domain.KnownVenues;
import fr.inclusion.orientation.referral.venues.persistence.MongoVenueReadModel;

/**
 * The venue read model with the venues read in the last few seconds kept in memory: every creation checks its venue,
 * and most creations go to the same few venues. An event applied by this instance forgets the venue at once; another
 * instance (the venue events are shared within the consumer group) sees a change at most {@code ttl} later, the
 * delay within which a venue that paused its intake may still receive a referral.
 */
@Service
@Primary
public class RecentVenues implements KnownVenues {

    private record Entry(Optional<KnownVenue> venue, long readAtNanos) {
    }

    private final MongoVenueReadModel store;
    private final long ttlNanos;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Entry> recent = new ConcurrentHashMap<>();

    @Autowired
    public RecentVenues(MongoVenueReadModel store,
            @Value("${orientation.referrals.venue-cache-ttl:5s}") Duration ttl) {
        this(store, ttl, System::nanoTime);
    }

    RecentVenues(MongoVenueReadModel store, Duration ttl, LongSupplier nanoTime) {
        this.store = store;
        this.ttlNanos = ttl.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Optional<KnownVenue> byId(String venueId) {
        long now = nanoTime.getAsLong();
        Entry entry = recent.get(venueId);
        if (entry != null && now - entry.readAtNanos() < ttlNanos) {
            return entry.venue();
        }
        Optional<KnownVenue> venue = store.byId(venueId);
        if (ttlNanos > 0) {
            if (recent.size() > 10_000) {
                recent.clear();
            }
            recent.put(venueId, new Entry(venue, now));
        }
        return venue;
    }

    /** Called once a venue event is stored: the next read goes to the store. */
    public void forget(String venueId) {
        recent.remove(venueId);
    }
}
