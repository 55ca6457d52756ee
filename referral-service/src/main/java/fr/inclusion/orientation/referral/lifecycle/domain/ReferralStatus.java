package fr.inclusion.orientation.referral.lifecycle.domain;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands (DOMAIN.md, "Referral lifecycle"). The allowed moves are declared here and nowhere else:
 * {@code SENT → ACCEPTED → CLOSED}, {@code SENT → DECLINED}, {@code SENT → EXPIRED}, {@code SENT/ACCEPTED →
 * CANCELLED}. Re-routing after DECLINED or EXPIRED creates a new referral, it is not a move of this one.
 */
public enum ReferralStatus {

    /** Envoyée: waiting for the venue's answer. */
    SENT,
    /** Acceptée par le lieu. */
    ACCEPTED,
    /** Refusée par le lieu, avec un motif codé. */
    DECLINED,
    /** Clôturée par le lieu, avec une issue. */
    CLOSED,
    /** Expirée: pas de réponse dans le délai de service du lieu. */
    EXPIRED,
    /** Annulée par la secrétaire de mairie. */
    CANCELLED;

    private Set<ReferralStatus> next = Set.of();

    static {
        SENT.next = Collections.unmodifiableSet(EnumSet.of(ACCEPTED, DECLINED, EXPIRED, CANCELLED));
        ACCEPTED.next = Collections.unmodifiableSet(EnumSet.of(CLOSED, CANCELLED));
    }

    public boolean canMoveTo(ReferralStatus target) {
        return next.contains(target);
    }

    /** The statuses reachable in one move from this one. */
    public Set<ReferralStatus> next() {
        return next;
    }

    /** No move leaves a final status: the referral has ended somewhere known. */
    public boolean isFinal() {
        return next.isEmpty();
    }

    /** Lower-case name used in the API and in stored documents ({@code sent}, {@code accepted}…). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads {@link #code()} or the constant name, case-insensitively; empty when unknown. */
    public static java.util.Optional<ReferralStatus> fromCode(String code) {
        if (code == null) {
            return java.util.Optional.empty();
        }
        for (ReferralStatus status : values()) {
            if (status.name().equalsIgnoreCase(code.trim())) {
                return java.util.Optional.of(status);
            }
        }
        return java.util.Optional.empty();
    }
}
