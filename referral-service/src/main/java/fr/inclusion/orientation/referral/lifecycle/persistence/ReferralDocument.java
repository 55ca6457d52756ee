package fr.inclusion.orientation.referral.lifecycle.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import fr.inclusion.orientation.referral.crypto.SealedValue;
import fr.inclusion.orientation.support.outbox.OutboxEntry;

/**
 * A referral as stored in {@code referrals}: personal fields sealed ({@link SealedValue}), the commune, venue and
 * status in clear for scoping and statistics, and the {@code outbox} of events not yet published.
 *
 * @param version  the referral's version; updates are conditional on it (optimistic concurrency)
 * @param cancelReason   the secretary's free-text reason when cancelling, sealed like the note
 * @param declineMessage the venue's free-text message when declining, sealed like the note
 * @param closingNote    the venue's free-text note when closing, sealed like the note
 * @param reroutedTo     id of the referral replacing this one
 * @param deadline ISO date, kept as text so no time zone ever shifts it
 */
@Document(ReferralDocument.COLLECTION)
record ReferralDocument(
        @Id String id,
        long version,
        String createdBy,
        String idempotencyKey,
        String venueId,
        String need,
        String needOverrideReason,
        String communeCode,
        ResidentData resident,
        SealedValue note,
        List<String> constraints,
        String deadline,
        ConsentData consent,
        String status,
        List<TransitionData> history,
        String reroutedFrom,
        Instant createdAt,
        Instant updatedAt,
        List<OutboxEntry> outbox,
        SealedValue declineMessage,
        SealedValue closingNote,
        String reroutedTo,

        Instant dueAt,
        Instant remindAt,
        SealedValue cancelReason) {

    static final String COLLECTION = "referrals";

    /** The resident's first name and contact value are sealed; the channel is not personal. */
    record ResidentData(SealedValue firstName, String contactChannel, SealedValue contactValue) {
    }

    record ConsentData(String wordingVersion, String recordedBy, Instant recordedAt) {
    }

    record TransitionData(String from, String to, String actorId, Instant at, String reason, long version) {
    }
}
