package fr.inclusion.orientation.contracts.referral;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** The secretary cancelled the referral. */
@JsonTypeName(ReferralCancelled.TYPE)
public record ReferralCancelled(UUID eventId, Instant occurredAt, String referralId, long version, String venueId, String need,
        String communeCode, String actorId) implements ReferralEvent {

    public static final String TYPE = "ReferralCancelled";
}
