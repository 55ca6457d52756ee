package fr.inclusion.orientation.contracts.referral;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** The venue declined the referral with a coded reason (injoignable, non-eligible, session-complete,
 * hors-competence, mobilite, doublon, autre). The free-text message stays in referral-service. */
@JsonTypeName(ReferralDeclined.TYPE)
public record ReferralDeclined(UUID eventId, Instant occurredAt, String referralId, long version, String venueId, String need,
        String communeCode, String actorId, String reason) implements ReferralEvent {

    public static final String TYPE = "ReferralDeclined";
}
