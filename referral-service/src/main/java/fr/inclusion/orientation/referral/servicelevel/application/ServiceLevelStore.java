package fr.inclusion.orientation.referral.servicelevel.application;

import java.time.Duration;
import java.time.Instant;

/**
 * Port: the service levels' own store, the lease that lets one scheduler work at a time. The referrals themselves
 * are read and written through their owner ({@code lifecycle.domain.ReferralUpkeep}).
 */
public interface ServiceLevelStore {

    /** Takes or renews the named lease for {@code ttl} unless another owner holds it unexpired. */
    boolean tryLease(String name, String owner, Instant now, Duration ttl);
}
