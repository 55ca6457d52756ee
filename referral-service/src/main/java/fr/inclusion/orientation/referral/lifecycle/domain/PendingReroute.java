package fr.inclusion.orientation.referral.lifecycle.domain;

import java.time.Instant;

/**
 * A re-routing as recorded on its first referral, in the same write that marks it: the replacement's id and venue
 * were chosen then, so whoever completes it (the request itself, or the sweep after a crash) creates exactly that
 * replacement.
 *
 * @param referralId    the declined or expired referral
 * @param newReferralId the replacement's id, chosen before it exists
 * @param at            when it was re-routed: the replacement's creation time
 */
public record PendingReroute(String referralId, String newReferralId, String newVenueId, String actorId,
        Instant at) {
}
