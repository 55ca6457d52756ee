package fr.inclusion.orientation.referral.referral.application;

import fr.inclusion.orientation.referral.referral.domain.Referral;

/** A referral read by a caller, and whether that caller may see the resident's identity, contact and note. */
public record ReferralRead(Referral referral, boolean identityVisible) {
}
