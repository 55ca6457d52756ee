package fr.inclusion.orientation.referral.referral.domain;

import java.util.Optional;

/**
 * Port: where referrals are kept. Adding or updating a referral stores its {@link Referral#pendingTransitions()}
 * as events to publish in the same single write, so a change is never stored without its event nor the reverse.
 */
public interface Referrals {

    Optional<Referral> byId(String id);

    /** The referral a secretary created with this idempotency key, if any. */
    Optional<Referral> byIdempotencyKey(String secretaryId, String idempotencyKey);

    /**
     * Stores a new referral with its events.
     *
     * @throws IdempotencyKeyTaken when the same secretary already stored a referral with the same key (a
     *                             concurrent retry won the race)
     */
    void add(Referral referral);

    /**
     * Stores the pending moves of a referral with their events, provided nobody changed it since it was read.
     *
     * @throws ConcurrentReferralChange when the stored version is no longer {@link Referral#storedVersion()}
     */
    void update(Referral referral);

    /** A page of the referrals matching the search, most recent first. */
    ReferralPage search(ReferralSearch search, int page, int size);
}
