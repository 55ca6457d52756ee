package fr.inclusion.orientation.referral.servicelevel.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import fr.inclusion.orientation.referral.audit.domain.IdentityAudit;
import fr.inclusion.orientation.referral.lifecycle.domain.ConcurrentReferralChangeException;
import fr.inclusion.orientation.referral.lifecycle.domain.IllegalTransitionException;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralUpkeep;
import fr.inclusion.orientation.referral.lifecycle.domain.Referrals;
import fr.inclusion.orientation.referral.lifecycle.domain.Transition;

/**
 * One pass of the service levels: expire overdue referrals (with their escalation), remind venues at half time,
 * purge the identity of referrals ended longer ago than the retention, and of referrals still open (sent or accepted)
 * created longer ago than the open retention; forget identity audit entries older than the audit retention. {@link #tick()} works only while this
 * instance holds the lease; {@link #work()} is safe even without it, because every change is a conditional
 * single-document write (the lease only avoids doing the same reads twice).
 */
public class ServiceLevelScheduler {

    public static final String LEASE = "referral-service-levels";
    private static final int BATCH = 500;
    private static final Logger log = LoggerFactory.getLogger(ServiceLevelScheduler.class);

    /** What one pass did. */
    public record Pass(boolean leased, int expired, int reminded, long purged) {
    }

    private final Referrals referrals;
    private final ReferralUpkeep upkeep;
    private final ServiceLevelStore store;
    private final Clock clock;
    private final Duration leaseTtl;
    private final IdentityAudit audit;
    private final IdentityRetention retention;
    private final String owner;

    public ServiceLevelScheduler(Referrals referrals, ReferralUpkeep upkeep, ServiceLevelStore store, Clock clock,
            Duration leaseTtl, IdentityAudit audit, IdentityRetention retention, String owner) {
        this.referrals = referrals;
        this.upkeep = upkeep;
        this.store = store;
        this.clock = clock;
        this.leaseTtl = leaseTtl;
        this.audit = audit;
        this.retention = retention;
        this.owner = owner;
    }

    public String owner() {
        return owner;
    }

    /** Works if this instance holds (or takes) the lease; otherwise does nothing. */
    public Pass tick() {
        if (!store.tryLease(LEASE, owner, now(), leaseTtl)) {
            return new Pass(false, 0, 0, 0);
        }
        return work();
    }

    /** Does one pass regardless of the lease. */
    public Pass work() {
        int expired = expireOverdue();
        int reminded = remindHalfTime();
        long purged = purgeIdentity();
        if (expired + reminded + purged > 0) {
            log.info("Service levels: {} expired, {} reminded, {} purged", expired, reminded, purged);
        }
        return new Pass(true, expired, reminded, purged);
    }

    private int expireOverdue() {
        int count = 0;
        for (String id : upkeep.overdue(now(), BATCH)) {
            if (expire(id)) {
                count++;
            }
        }
        return count;
    }

    /** Expires one referral with a version-guarded write; losing a race to anyone else is not an error. */
    private boolean expire(String id) {
        Optional<Referral> found = referrals.byId(id);
        if (found.isEmpty()) {
            return false;
        }
        Referral referral = found.get();
        try {
            Optional<Transition> moved = referral.expire(now());
            if (moved.isEmpty()) {
                return false;
            }
            referrals.update(referral);
            log.info("Referral {} expired (venue {}), escalated", id, referral.venueId());
            return true;
        } catch (IllegalTransitionException | ConcurrentReferralChangeException answeredOrTakenMeanwhile) {
            return false;
        }
    }

    private int remindHalfTime() {
        int count = 0;
        Instant now = now();
        for (ReferralUpkeep.ReminderCandidate candidate : upkeep.remindersDue(now, BATCH)) {
            if (upkeep.recordReminder(candidate, now)) {
                count++;
            }
        }
        return count;
    }

    private long purgeIdentity() {
        Instant now = now();
        long purged = upkeep.purgeIdentityEndedBefore(IdentityRetention.before(now, retention.ended()), now)
                + upkeep.purgeIdentityOpenSince(IdentityRetention.before(now, retention.open()), now);
        long forgotten = audit.purgeBefore(IdentityRetention.before(now, retention.audit()));
        if (forgotten > 0) {
            log.info("{} identity audit entries older than {} deleted", forgotten, retention.audit());
        }
        return purged;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
