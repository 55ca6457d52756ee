package fr.inclusion.orientation.referral.lifecycle.application;

import fr.inclusion.orientation.referral.lifecycle.domain.ReferralDraft;

/** Command: send a resident to a venue. The idempotency key makes a retry return the same referral. */
public record SendReferral(String idempotencyKey, ReferralDraft draft) {
}
