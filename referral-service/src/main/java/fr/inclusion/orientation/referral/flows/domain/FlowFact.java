package fr.inclusion.orientation.referral.flows.domain;

import java.time.Instant;

/**
 * One referral as coordinators may see it: where the resident lives (commune, EPCI, département), what for (need),
 * where to (venue), when it was sent and what became of it. Nothing here identifies the resident.
 *
 * @param epciSiren null when the commune is not in the reference table
 * @param week      ISO week of sending in France, e.g. {@code 2026-W07}; null until the sending event is seen
 */
public record FlowFact(String referralId, String communeCode, String epciSiren, String departement, String need,
        String venueId, String week, FlowStatus status, Instant sentAt, Instant acceptedAt, Instant declinedAt,
        Instant expiredAt, Instant cancelledAt, Instant closedAt, String outcome, String declinedReason) {

    public boolean expired() {
        return expiredAt != null;
    }

    public boolean everAccepted() {
        return acceptedAt != null;
    }

    /**
     * The status follows from which dates are known, not from the order events arrived in: a terminal date wins
     * over acceptance, acceptance over sending. The state machine lets a referral reach at most one terminal state.
     */
    public static FlowStatus statusOf(Instant acceptedAt, Instant declinedAt, Instant expiredAt, Instant cancelledAt,
            Instant closedAt) {
        if (closedAt != null) {
            return FlowStatus.CLOSED;
        }
        if (cancelledAt != null) {
            return FlowStatus.CANCELLED;
        }
        if (declinedAt != null) {
            return FlowStatus.DECLINED;
        }
        if (expiredAt != null) {
            return FlowStatus.EXPIRED;
        }
        return acceptedAt != null ? FlowStatus.ACCEPTED : FlowStatus.SENT;
    }
}
