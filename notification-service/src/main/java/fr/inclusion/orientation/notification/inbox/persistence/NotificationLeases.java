package fr.inclusion.orientation.notification.inbox.persistence;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import fr.inclusion.orientation.notification.inbox.domain.Leases;
import fr.inclusion.orientation.support.lease.MongoLeases;

/** Collection {@code notification_leases}: {@code {_id: name, owner, expiresAt, acquiredAt}}. */
@Repository
class NotificationLeases implements Leases {

    static final String COLLECTION = "notification_leases";

    private final MongoLeases leases;

    NotificationLeases(MongoTemplate mongo) {
        this.leases = new MongoLeases(mongo, COLLECTION);
    }

    /** Take a free or expired lease (or renew one's own) atomically; create it if it never existed. */
    @Override
    public boolean tryLease(String name, String owner, Instant now, Duration ttl) {
        return leases.tryLease(name, owner, now, ttl);
    }
}
