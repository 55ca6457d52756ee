package fr.inclusion.orientation.contracts.referral;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** The venue accepted the referral. */
@JsonTypeName(ReferralAccepted.TYPE)
public record ReferralAccepted(UUID eventId, Instant occurredAt, String referralId, long version, String venueId, String need,
        String communeCode, String actorId) implements ReferralEvent {

    public static final String TYPE = "ReferralAccepted";
}
