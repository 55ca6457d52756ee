package fr.inclusion.orientation.referral.lifecycle.domain;

import java.time.Instant;

/**
 * One entry of a referral's history: who moved it, when, from which status to which (from is {@code null} for the
 * creation), with an optional coded reason (decline reason, close outcome, cancellation reason).
 *
 * @param version the referral's version after this move; also the version of the event it produces
 */
public record Transition(ReferralStatus from, ReferralStatus to, String actorId, Instant at, String reason,
        long version) {
}
