package fr.inclusion.orientation.contracts.referral;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * An expired referral is handed to the territory's coordinators.
 *
 * @param epciSiren   SIREN of the EPCI of the resident's commune, for that EPCI's coordinators; {@code null} only for
 *                    a commune absent from referral-service's commune→EPCI reference table
 * @param departement département of the commune, for the département's coordinators
 */
@JsonTypeName(ReferralEscalated.TYPE)
public record ReferralEscalated(UUID eventId, Instant occurredAt, String referralId, long version, String venueId, String need,
        String communeCode, String epciSiren, String departement) implements ReferralEvent {

    public static final String TYPE = "ReferralEscalated";
}
