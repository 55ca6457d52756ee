package fr.inclusion.orientation.referral.lifecycle.domain;

import java.util.List;

/** One page of referrals and the total number matching. */
public record ReferralPage(List<Referral> items, long total) {

    public static ReferralPage empty() {
        return new ReferralPage(List.of(), 0);
    }
}
