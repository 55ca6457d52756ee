package fr.inclusion.orientation.referral.lifecycle.domain;

import java.util.Set;

/**
 * Which referrals a caller may list, and the filters asked for. A referral is in scope when its resident's commune
 * is one of {@code communes} or it is addressed to {@code scopeVenueId}; then {@code status} and {@code venueId}
 * (when not null) narrow the result.
 */
public record ReferralSearch(Set<String> communes, String scopeVenueId, ReferralStatus status, String venueId) {

    public ReferralSearch {
        communes = communes == null ? Set.of() : Set.copyOf(communes);
    }

    /** A scope that lets nothing through. */
    public boolean isEmpty() {
        return communes.isEmpty() && scopeVenueId == null;
    }
}
