package fr.inclusion.orientation.contracts.referral;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** A declined or expired referral was re-routed: a new referral to another venue replaces it. */
@JsonTypeName(ReferralRerouted.TYPE)
public record ReferralRerouted(UUID eventId, Instant occurredAt, String referralId, long version, String venueId, String need,
        String communeCode, String actorId, String newReferralId, String newVenueId) implements ReferralEvent {

    public static final String TYPE = "ReferralRerouted";
}
