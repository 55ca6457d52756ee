package fr.inclusion.orientation.referral.lifecycle.domain;

import java.time.Instant;
import java.util.List;

/**
 * Port: the reads and writes the service levels make on stored referrals, offered by the referrals' owner so that
 * no other feature writes the {@code referrals} collection. Every write is one conditional single-document
 * operation, so that two schedulers racing on the same referral change it once.
 */
public interface ReferralUpkeep {

    /** A SENT referral whose reminder time has passed and that was not reminded yet (no identity in it). */
    record ReminderCandidate(String id, long version, String venueId, String need, String communeCode,
            Instant dueAt) {
    }

    /** Ids of SENT referrals due at or before {@code now}, oldest due first. */
    List<String> overdue(Instant now, int limit);

    /** SENT referrals to remind at or before {@code now}, not yet reminded and not yet due. */
    List<ReminderCandidate> remindersDue(Instant now, int limit);

    /**
     * Marks the reminder as sent and stores its event ({@code ReferralReminderDue}), only if the referral is still
     * SENT at that version and not reminded yet.
     *
     * @return whether this call recorded it
     */
    boolean recordReminder(ReminderCandidate candidate, Instant at);

    /**
     * Removes the resident's identity (first name, contact value, note, messages) from referrals that ended
     * ({@code CLOSED}, {@code DECLINED}, {@code EXPIRED}, {@code CANCELLED}) at or before {@code endedBefore},
     * recording when; anonymous fields stay.
     *
     * @return how many referrals were purged
     */
    long purgeIdentityEndedBefore(Instant endedBefore, Instant at);

    /**
     * Removes the resident's identity, as {@link #purgeIdentityEndedBefore} does, from referrals still open
     * ({@code SENT}, {@code ACCEPTED}) created at or before {@code createdBefore}: a referral nobody closes does not
     * keep a person's identity forever.
     *
     * @return how many referrals were purged
     */
    long purgeIdentityOpenSince(Instant createdBefore, Instant at);
}
