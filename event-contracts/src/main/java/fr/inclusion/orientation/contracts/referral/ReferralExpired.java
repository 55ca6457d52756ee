package fr.inclusion.orientation.contracts.referral;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** Nobody answered within the venue's service level. */
@JsonTypeName(ReferralExpired.TYPE)
public record ReferralExpired(UUID eventId, Instant occurredAt, String referralId, long version, String venueId, String need,
        String communeCode, Instant dueAt) implements ReferralEvent {

    public static final String TYPE = "ReferralExpired";
}
