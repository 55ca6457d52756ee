package fr.inclusion.orientation.referral.audit.domain;

import java.time.Instant;

/**
 * One release of a resident's identity.
 *
 * @param who        the caller's id (token subject)
 * @param action     what answered with the identity: {@code read}, {@code list}, {@code create}, {@code replay},
 *                   or the lifecycle move ({@code accept}, {@code decline}…)
 */
public record IdentityRead(String who, Instant when, String referralId, String action) {
}
