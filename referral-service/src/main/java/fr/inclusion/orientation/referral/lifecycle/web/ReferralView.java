package fr.inclusion.orientation.referral.lifecycle.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.inclusion.orientation.referral.lifecycle.application.ReferralRead;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.Resident;
import fr.inclusion.orientation.referral.lifecycle.domain.Transition;

/**
 * A referral as the API shows it. {@code resident} and {@code note} are present only for callers who may see the
 * resident (the secretary of the commune, the venue's staff), like the decline message and the closing note.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ReferralView(
        String id,
        String status,
        String venueId,
        String need,
        String needOverrideReason,
        String commune,
        List<String> constraints,
        LocalDate deadline,
        ResidentView resident,
        String note,
        ConsentView consent,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        String reroutedFrom,
        long version,
        List<TransitionView> history,
        String reroutedTo,
        String declineMessage,
        String closingNote,
        String cancelReason) {

    ReferralView(String id, String status, String venueId, String need, String needOverrideReason, String commune,
            List<String> constraints, LocalDate deadline, ResidentView resident, String note, ConsentView consent,
            String createdBy, Instant createdAt, Instant updatedAt, String reroutedFrom, long version,
            List<TransitionView> history) {
        this(id, status, venueId, need, needOverrideReason, commune, constraints, deadline, resident, note, consent,
                createdBy, createdAt, updatedAt, reroutedFrom, version, history, null, null, null, null);
    }

    /** The lifecycle details: the forward link for anyone who sees the referral, free texts with the identity. */
    ReferralView withLifecycle(Referral referral, boolean identityVisible) {
        return new ReferralView(id, status, venueId, need, needOverrideReason, commune, constraints, deadline,
                resident, note, consent, createdBy, createdAt, updatedAt, reroutedFrom, version, history,
                referral.reroutedTo(), identityVisible ? referral.declineMessage() : null,
                identityVisible ? referral.closingNote() : null, identityVisible ? referral.cancelReason() : null);
    }

    static ReferralView of(ReferralRead read) {
        Referral referral = read.referral();
        Resident resident = referral.resident();
        ResidentView residentView = read.identityVisible()
                ? new ResidentView(resident.firstName(), new ContactView(resident.contact().channel().code(),
                        resident.contact().value()), resident.communeCode())
                : null;
        return new ReferralView(referral.id(), referral.status().code(), referral.venueId(), referral.need(),
                referral.needOverrideReason(), referral.communeCode(), referral.constraints(), referral.deadline(),
                residentView, read.identityVisible() ? referral.note() : null,
                new ConsentView(referral.consent().wordingVersion(), referral.consent().recordedBy(),
                        referral.consent().recordedAt()),
                referral.createdBy(), referral.createdAt(), referral.updatedAt(), referral.reroutedFrom(),
                referral.version(), referral.history().stream().map(TransitionView::of).toList())
                .withLifecycle(referral, read.identityVisible());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResidentView(String firstName, ContactView contact, String commune) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ContactView(String channel, String value) {
    }

    record ConsentView(String wordingVersion, String recordedBy, Instant recordedAt) {
    }

    /** One move: {@code from} is absent for the creation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TransitionView(String from, String to, String by, Instant at, String reason) {

        static TransitionView of(Transition transition) {
            return new TransitionView(transition.from() == null ? null : transition.from().code(),
                    transition.to().code(), transition.actorId(), transition.at(), transition.reason());
        }
    }
}
