package fr.inclusion.orientation.referral.lifecycle.application;

import java.util.List;

/** A page of referrals as a caller may see them. */
public record ReferralReadPage(List<ReferralRead> items, int page, int size, long total) {
}
