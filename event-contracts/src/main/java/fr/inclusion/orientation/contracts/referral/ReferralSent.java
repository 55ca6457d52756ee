package fr.inclusion.orientation.contracts.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** A secretary sent a resident to a venue (orientation envoyée). */
@JsonTypeName(ReferralSent.TYPE)
public record ReferralSent(UUID eventId, Instant occurredAt, String referralId, long version, String venueId, String need,
        String communeCode, String secretaryId, List<String> constraints, LocalDate deadline, String reroutedFrom) implements ReferralEvent {

    public static final String TYPE = "ReferralSent";
}
