package fr.inclusion.orientation.notification.inbox.domain;

import java.time.Duration;
import java.time.Instant;

/** Port: named leases, so that one instance at a time does a scheduled job. */
public interface Leases {

    /**
     * Takes (or renews) the lease {@code name} for {@code owner} until {@code now + ttl} if it is free, expired or
     * already held by {@code owner}.
     *
     * @return whether {@code owner} holds it now
     */
    boolean tryLease(String name, String owner, Instant now, Duration ttl);
}
