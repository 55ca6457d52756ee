package fr.inclusion.orientation.notification.inbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.inclusion.orientation.notification.BoundaryFixtures;
import fr.inclusion.orientation.notification.inbox.application.NotificationDelivery;
import fr.inclusion.orientation.notification.inbox.application.OutboundDecisions;
import fr.inclusion.orientation.notification.inbox.application.WebLinks;
import fr.inclusion.orientation.notification.inbox.domain.Audience;
import fr.inclusion.orientation.notification.inbox.domain.DigestEntries;
import fr.inclusion.orientation.notification.inbox.domain.DigestEntry;
import fr.inclusion.orientation.notification.inbox.domain.Leases;
import fr.inclusion.orientation.notification.inbox.domain.Notification;
import fr.inclusion.orientation.notification.inbox.domain.NotificationFeed;
import fr.inclusion.orientation.notification.preferences.domain.NotificationKind;
import fr.inclusion.orientation.notification.inbox.domain.Notifications;
import fr.inclusion.orientation.notification.inbox.domain.PlaceNames;
import fr.inclusion.orientation.notification.inbox.domain.ReferralRouting;
import fr.inclusion.orientation.notification.inbox.domain.ReferralRoutings;
import fr.inclusion.orientation.notification.preferences.application.PreferenceSettings;
import fr.inclusion.orientation.notification.preferences.domain.KindSetting;
import fr.inclusion.orientation.notification.preferences.domain.Preferences;
import fr.inclusion.orientation.notification.preferences.domain.StoredPreferences;
import fr.inclusion.orientation.notification.venues.domain.KnownVenue;
import fr.inclusion.orientation.notification.venues.domain.KnownVenues;
import fr.inclusion.orientation.support.page.Page;

/** Plain in-memory ports for unit and contract tests; the integration tests use the real store and broker. */
public final class InMemoryPorts {

    public static final String REVIGNY = "55427";
    public static final String REVIGNY_NAME = "Revigny-sur-Ornain";

    private InMemoryPorts() {
    }

    /** The whole inbox side wired on in-memory ports and the boundary fixtures. */
    public static final class Service {

        public final Inboxes inboxes = new Inboxes();
        public final Routings routings = new Routings();
        public final Feed feed = new Feed();
        public final Places places = new Places();
        public final Venues venues = new Venues();
        public final PreferencesStore preferencesStore = new PreferencesStore();
        public final Digests digests = new Digests();
        public final LeaseTable leases = new LeaseTable();
        public final BoundaryFixtures.RecordingDispatch dispatch = new BoundaryFixtures.RecordingDispatch();
        public final BoundaryFixtures.FixedDirectory directory = new BoundaryFixtures.FixedDirectory();
        public final BoundaryFixtures.TestClock clock = new BoundaryFixtures.TestClock();
        public final WebLinks links = new WebLinks("https://orientation.example/");
        public final PreferenceSettings preferences = new PreferenceSettings(preferencesStore, clock);
        public final OutboundDecisions outbound = new OutboundDecisions(directory, dispatch, preferences, venues,
                digests, links, clock);
        public final NotificationDelivery delivery = new NotificationDelivery(inboxes, routings, places, feed,
                outbound);
    }

    public static final class Routings implements ReferralRoutings {

        private final Map<String, ReferralRouting> byReferral = new LinkedHashMap<>();

        @Override
        public void remember(ReferralRouting routing) {
            byReferral.put(routing.referralId(), routing);
        }

        @Override
        public Optional<ReferralRouting> find(String referralId) {
            return Optional.ofNullable(byReferral.get(referralId));
        }
    }

    /** Knows Revigny-sur-Ornain, and the venues named with {@link #venue}. */
    public static final class Places implements PlaceNames {

        private final Map<String, String> communes = new HashMap<>(Map.of(REVIGNY, REVIGNY_NAME,
                "55493", "Sommeilles"));
        private final Map<String, String> venues = new HashMap<>();

        public Places venue(String venueId, String name) {
            venues.put(venueId, name);
            return this;
        }

        @Override
        public Optional<String> commune(String inseeCode) {
            return Optional.ofNullable(communes.get(inseeCode));
        }

        @Override
        public Optional<String> venue(String venueId) {
            return Optional.ofNullable(venues.get(venueId));
        }
    }

    public static final class Venues implements KnownVenues {

        private final Map<String, KnownVenue> byId = new HashMap<>();

        @Override
        public Optional<KnownVenue> byId(String venueId) {
            return Optional.ofNullable(byId.get(venueId));
        }

        @Override
        public boolean storeIfNewer(KnownVenue venue, String eventId) {
            KnownVenue stored = byId.get(venue.id());
            if (stored != null && stored.version() >= venue.version()) {
                return false;
            }
            byId.put(venue.id(), venue);
            return true;
        }
    }

    public static final class PreferencesStore implements StoredPreferences {

        private final Map<String, Preferences> byUser = new HashMap<>();

        @Override
        public Optional<Preferences> find(String userId) {
            return Optional.ofNullable(byUser.get(userId));
        }

        @Override
        public Preferences change(String userId, Map<NotificationKind, KindSetting> changes, Instant at) {
            Preferences changed = find(userId).orElseGet(() -> Preferences.defaults(userId)).with(changes, at);
            byUser.put(userId, changed);
            return changed;
        }
    }

    public static final class Digests implements DigestEntries {

        private final Map<String, DigestEntry> entries = new LinkedHashMap<>();
        private final Map<String, String> listedIn = new HashMap<>();
        private final Map<String, Integer> sent = new LinkedHashMap<>();

        @Override
        public void remember(DigestEntry entry) {
            entries.putIfAbsent(entry.id(), entry);
        }

        @Override
        public List<String> recipientsWithPendingBefore(Instant cutoff) {
            return pending(cutoff).map(DigestEntry::recipient).distinct().toList();
        }

        @Override
        public List<DigestEntry> pendingBefore(String recipient, Instant cutoff) {
            return pending(cutoff).filter(e -> e.recipient().equals(recipient))
                    .sorted(Comparator.comparing(DigestEntry::rememberedAt)).toList();
        }

        @Override
        public void markListed(Collection<String> entryIds, String digestId) {
            entryIds.forEach(id -> listedIn.putIfAbsent(id, digestId));
        }

        @Override
        public boolean digestSent(String digestId) {
            return sent.containsKey(digestId);
        }

        @Override
        public void recordDigest(String digestId, String recipient, int count, Instant sentAt) {
            sent.putIfAbsent(digestId, count);
        }

        public List<DigestEntry> all() {
            return List.copyOf(entries.values());
        }

        private java.util.stream.Stream<DigestEntry> pending(Instant cutoff) {
            return entries.values().stream()
                    .filter(e -> !listedIn.containsKey(e.id()) && e.rememberedAt().isBefore(cutoff));
        }
    }

    public static final class LeaseTable implements Leases {

        private final Map<String, String> owners = new HashMap<>();
        private final Map<String, Instant> expiries = new HashMap<>();

        @Override
        public synchronized boolean tryLease(String name, String owner, Instant now, Duration ttl) {
            String holder = owners.get(name);
            if (holder == null || holder.equals(owner) || !expiries.get(name).isAfter(now)) {
                owners.put(name, owner);
                expiries.put(name, now.plus(ttl));
                return true;
            }
            return false;
        }
    }

    public static final class Inboxes implements Notifications {

        private final Map<String, Notification> byId = new LinkedHashMap<>();

        @Override
        public boolean add(Notification notification) {
            return byId.putIfAbsent(notification.id(), notification) == null;
        }

        @Override
        public Page<Notification> inbox(Collection<Audience> audiences, boolean unreadOnly, int page, int size) {
            List<Notification> matching = byId.values().stream()
                    .filter(n -> audiences.contains(n.audience()))
                    .filter(n -> !unreadOnly || n.unread())
                    .sorted(Comparator.comparing(Notification::createdAt).reversed())
                    .toList();
            List<Notification> items = matching.stream().skip((long) page * size).limit(size).toList();
            return new Page<>(items, page, size, matching.size());
        }

        @Override
        public Optional<Notification> find(String id, Collection<Audience> audiences) {
            return Optional.ofNullable(byId.get(id)).filter(n -> audiences.contains(n.audience()));
        }

        @Override
        public void markRead(String id, Instant at) {
            byId.computeIfPresent(id, (key, n) -> n.markedRead(at));
        }

        public List<Notification> all() {
            return List.copyOf(byId.values());
        }
    }

    public static final class Feed implements NotificationFeed {

        private final List<Notification> pushed = new ArrayList<>();

        @Override
        public void push(Notification notification) {
            pushed.add(notification);
        }

        public List<Notification> pushed() {
            return List.copyOf(pushed);
        }
    }

    /** A fixed UTC clock, for tests that only need one instant. */
    public static Clock fixed(Instant at) {
        return Clock.fixed(at, ZoneOffset.UTC);
    }
}
