package fr.inclusion.orientation.referral.lifecycle.application;

import fr.inclusion.orientation.referral.lifecycle.domain.Referral;

/**
 * Result of {@link ReferralRouting#send}: the referral, and whether it already existed (a retry with the same key,
 * nothing new stored or published).
 */
public record Sent(Referral referral, boolean replayed) {
}
