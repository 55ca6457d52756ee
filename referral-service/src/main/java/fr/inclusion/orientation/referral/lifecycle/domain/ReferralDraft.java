package fr.inclusion.orientation.referral.lifecycle.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a secretary asks for when sending a resident to a venue, before any check. Two requests with the same
 * idempotency key must carry equal drafts.
 *
 * @param needOverrideReason why the referral is sent although the venue does not declare the need (else null)
 * @param consentGiven       the resident agreed that their data be passed on
 * @param consentWording     version of the consent text read to the resident
 */
public record ReferralDraft(String venueId, String need, String needOverrideReason, Resident resident,
        List<String> constraints, String note, LocalDate deadline, boolean consentGiven, String consentWording) {

    public ReferralDraft {
        constraints = constraints == null ? List.of() : List.copyOf(constraints);
    }

    /** Keeps the note (free text, possibly personal) out of logs. */
    @Override
    public String toString() {
        return "ReferralDraft[venueId=" + venueId + ", need=" + need + ", resident=" + resident + "]";
    }
}
