package fr.inclusion.orientation.referral.lifecycle.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: where referrals are kept. Adding or updating a referral stores its {@link Referral#pendingTransitions()}
 * as events to publish in the same single write, so a change is never stored without its event nor the reverse.
 * One exception: the event of a re-routing is held with the re-routing's record until its replacement is stored
 * ({@link #rerouteCompleted}), so that no consumer ever reads the id of a referral that does not exist.
 */
public interface Referrals {

    Optional<Referral> byId(String id);

    /** The referral a secretary created with this idempotency key, if any. */
    Optional<Referral> byIdempotencyKey(String secretaryId, String idempotencyKey);

    /**
     * Stores a new referral with its events.
     *
     * @throws IdempotencyKeyTakenException when the same secretary already stored a referral with the same key (a
     *                             concurrent retry won the race)
     */
    void add(Referral referral);

    /**
     * Stores the pending moves of a referral with their events, provided nobody changed it since it was read.
     *
     * @throws ConcurrentReferralChangeException when the stored version is no longer {@link Referral#storedVersion()}
     */
    void update(Referral referral);

    /**
     * The re-routing recorded on this referral, if any (completed or not; {@code null} fields never). Referrals
     * re-routed before re-routings were recorded have none.
     */
    Optional<PendingReroute> rerouteOf(String referralId);

    /** Re-routings recorded at or before {@code recordedBefore} whose replacement is not known to be stored. */
    List<PendingReroute> pendingReroutes(Instant recordedBefore, int limit);

    /**
     * Says that the replacement of this re-routing is stored: the ReferralRerouted event, held on the first referral
     * since the re-routing was recorded, joins its outbox to be published. Repeating it does nothing.
     */
    void rerouteCompleted(String referralId, Instant at);

    /** A page of the referrals matching the search, most recent first. */
    ReferralPage search(ReferralSearch search, int page, int size);
}
