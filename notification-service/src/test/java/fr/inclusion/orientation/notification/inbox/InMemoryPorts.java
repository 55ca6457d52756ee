package fr.inclusion.orientation.notification.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.inclusion.orientation.notification.inbox.domain.Audience;
import fr.inclusion.orientation.notification.inbox.domain.InboxPage;
import fr.inclusion.orientation.notification.inbox.domain.Notification;
import fr.inclusion.orientation.notification.inbox.domain.NotificationFeed;
import fr.inclusion.orientation.notification.inbox.domain.Notifications;
import fr.inclusion.orientation.notification.inbox.domain.ReferralRouting;
import fr.inclusion.orientation.notification.inbox.domain.ReferralRoutings;

/** Plain in-memory ports for unit and contract tests; the integration test uses the real store and broker. */
public final class InMemoryPorts {

    private InMemoryPorts() {
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

    public static final class Inboxes implements Notifications {

        private final Map<String, Notification> byId = new LinkedHashMap<>();

        @Override
        public boolean add(Notification notification) {
            return byId.putIfAbsent(notification.id(), notification) == null;
        }

        @Override
        public InboxPage inbox(Collection<Audience> audiences, boolean unreadOnly, int page, int size) {
            List<Notification> matching = byId.values().stream()
                    .filter(n -> audiences.contains(n.audience()))
                    .filter(n -> !unreadOnly || n.unread())
                    .sorted(Comparator.comparing(Notification::createdAt).reversed())
                    .toList();
            List<Notification> items = matching.stream().skip((long) page * size).limit(size).toList();
            return new InboxPage(items, page, size, matching.size());
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
}
