package fr.inclusion.orientation.referral.lifecycle.application;

import fr.inclusion.orientation.referral.lifecycle.domain.Referral;

/** A referral read by a caller, and whether that caller may see the resident's identity, contact and note. */
public record ReferralRead(Referral referral, boolean identityVisible) {
}
