package fr.inclusion.orientation.contracts.referral;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** The venue closed an accepted referral with an outcome (resolved, partly_resolved, not_resolved, no_show). */
@JsonTypeName(ReferralClosed.TYPE)
public record ReferralClosed(UUID eventId, Instant occurredAt, String referralId, long version, String venueId, String need,
        String communeCode, String actorId, String outcome) implements ReferralEvent {

    public static final String TYPE = "ReferralClosed";
}
