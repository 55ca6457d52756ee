package fr.inclusion.orientation.referral.flows.domain;

import java.time.Instant;

/**
 * A referral that expired unanswered and was escalated to its territory's coordinators, as they may see it: where
 * the resident lives (commune), what for, to which venue and when, and the referral that replaced it once someone
 * re-routed it ({@code reroutedTo}, else null). Nothing here identifies the resident.
 */
public record Escalation(String referralId, String venueId, String communeCode, String epciSiren,
        String departement, String need, Instant sentAt, Instant expiredAt, Instant escalatedAt, String reroutedTo) {
}
