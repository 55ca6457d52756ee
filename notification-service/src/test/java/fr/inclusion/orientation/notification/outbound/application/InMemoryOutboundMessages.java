package fr.inclusion.orientation.notification.outbound.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.notification.outbound.domain.Delivery;
import fr.inclusion.orientation.notification.outbound.domain.DeliveryStatus;
import fr.inclusion.orientation.notification.outbound.domain.OutboundMessages;
import fr.inclusion.orientation.support.page.Page;

/**
 * A test fixture for the sender's rules: the store port in memory, with the same conditional transitions as the
 * Mongo adapter (which MongoOutboundMessagesTest checks against a real store).
 */
class InMemoryOutboundMessages implements OutboundMessages {

    private record Row(Delivery delivery, String claimedBy, Instant claimedUntil) {
    }

    private final Map<String, Row> rows = new LinkedHashMap<>();

    @Override
    public synchronized boolean add(OutboundMessage message, Instant now) {
        if (rows.containsKey(message.id())) {
            return false;
        }
        rows.put(message.id(), new Row(new Delivery(message, DeliveryStatus.PENDING, 0, now, null, null, null, null),
                null, null));
        return true;
    }

    @Override
    public synchronized Optional<Delivery> claimNext(String worker, Instant now, Duration claimFor) {
        Optional<Row> due = rows.values().stream()
                .filter(r -> r.delivery().status() == DeliveryStatus.PENDING)
                .filter(r -> !r.delivery().nextAttemptAt().isAfter(now))
                .filter(r -> r.claimedUntil() == null || !r.claimedUntil().isAfter(now))
                .min(Comparator.comparing(r -> r.delivery().nextAttemptAt()));
        due.ifPresent(r -> rows.put(r.delivery().id(), new Row(r.delivery(), worker, now.plus(claimFor))));
        return due.map(Row::delivery);
    }

    @Override
    public synchronized Optional<Delivery> claim(String id, String worker, Instant now, Duration claimFor) {
        Optional<Row> due = Optional.ofNullable(rows.get(id))
                .filter(r -> r.delivery().status() == DeliveryStatus.PENDING)
                .filter(r -> !r.delivery().nextAttemptAt().isAfter(now))
                .filter(r -> r.claimedUntil() == null || !r.claimedUntil().isAfter(now));
        due.ifPresent(r -> rows.put(r.delivery().id(), new Row(r.delivery(), worker, now.plus(claimFor))));
        return due.map(Row::delivery);
    }

    @Override
    public synchronized long purgeFinishedBefore(Instant before) {
        List<String> finished = rows.values().stream().map(Row::delivery)
                .filter(d -> d.status() == DeliveryStatus.SENT && d.sentAt() != null && d.sentAt().isBefore(before))
                .map(Delivery::id).toList();
        finished.forEach(rows::remove);
        return finished.size();
    }

    @Override
    public synchronized long purgeParkedBefore(Instant before) {
        List<String> parked = rows.values().stream().map(Row::delivery)
                .filter(d -> d.status() == DeliveryStatus.PARKED && d.parkedAt() != null
                        && d.parkedAt().isBefore(before))
                .map(Delivery::id).toList();
        parked.forEach(rows::remove);
        return parked.size();
    }

    @Override
    public synchronized boolean markSent(String id, String worker, int attempts, Instant at) {
        return release(id, worker, d -> new Delivery(d.message(), DeliveryStatus.SENT, attempts, d.nextAttemptAt(),
                null, at, at, null));
    }

    @Override
    public synchronized boolean retryLater(String id, String worker, int attempts, Instant nextAttemptAt,
            String error, Instant at) {
        return release(id, worker, d -> new Delivery(d.message(), DeliveryStatus.PENDING, attempts, nextAttemptAt,
                error, at, null, null));
    }

    @Override
    public synchronized boolean park(String id, String worker, int attempts, String error, Instant at) {
        return release(id, worker, d -> new Delivery(d.message(), DeliveryStatus.PARKED, attempts, d.nextAttemptAt(),
                error, at, null, at));
    }

    @Override
    public synchronized boolean skip(String id, String worker, String reason, Instant at) {
        return release(id, worker, d -> new Delivery(d.message(), DeliveryStatus.SKIPPED, d.attempts(),
                d.nextAttemptAt(), reason, d.lastAttemptAt(), null, null));
    }

    private boolean release(String id, String worker, java.util.function.UnaryOperator<Delivery> change) {
        Row row = rows.get(id);
        if (row == null || row.delivery().status() != DeliveryStatus.PENDING || !worker.equals(row.claimedBy())) {
            return false;
        }
        rows.put(id, new Row(change.apply(row.delivery()), null, null));
        return true;
    }

    @Override
    public synchronized Optional<Delivery> find(String id) {
        return Optional.ofNullable(rows.get(id)).map(Row::delivery);
    }

    @Override
    public synchronized Page<Delivery> parked(int page, int size) {
        List<Delivery> parked = rows.values().stream().map(Row::delivery)
                .filter(d -> d.status() == DeliveryStatus.PARKED).toList();
        return new Page<>(parked.stream().skip((long) page * size).limit(size).toList(), page, size,
                parked.size());
    }

    @Override
    public synchronized Optional<Delivery> replay(String id, Instant now) {
        Row row = rows.get(id);
        if (row == null || row.delivery().status() != DeliveryStatus.PARKED) {
            return Optional.empty();
        }
        Delivery d = row.delivery();
        Delivery replayed = new Delivery(d.message(), DeliveryStatus.PENDING, 0, now, d.lastError(),
                d.lastAttemptAt(), null, null);
        rows.put(id, new Row(replayed, null, null));
        return Optional.of(replayed);
    }
}
