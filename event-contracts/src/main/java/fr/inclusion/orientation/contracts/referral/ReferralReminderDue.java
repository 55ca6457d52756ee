package fr.inclusion.orientation.contracts.referral;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonTypeName;

/** Half of the venue's answer delay has passed without an answer. */
@JsonTypeName(ReferralReminderDue.TYPE)
public record ReferralReminderDue(UUID eventId, Instant occurredAt, String referralId, long version, String venueId, String need,
        String communeCode, Instant dueAt) implements ReferralEvent {

    public static final String TYPE = "ReferralReminderDue";
}
