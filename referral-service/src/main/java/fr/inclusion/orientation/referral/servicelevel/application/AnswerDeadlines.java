package fr.inclusion.orientation.referral.servicelevel.application;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import fr.inclusion.orientation.referral.lifecycle.application.AnswerDeadlinePolicy;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.servicelevel.domain.WorkingDays;
import fr.inclusion.orientation.referral.venues.domain.KnownVenue;

/**
 * The service level of a new referral: its venue's answer delay in working days (the venue's own
 * {@code answerDelayDays} when it said one, else the configured default), from which the due date and the reminder
 * time are computed once, at creation. The caller passes the venue it already read to check that the venue can
 * receive the referral, so scheduling costs no second read of the store.
 */
@Service
public class AnswerDeadlines implements AnswerDeadlinePolicy {

    private final WorkingDays calendar = new WorkingDays();
    private final int defaultDelayDays;

    public AnswerDeadlines(@Value("${orientation.referrals.answer-delay-days:3}") int defaultDelayDays) {
        if (defaultDelayDays < 1) {
            throw new IllegalArgumentException("orientation.referrals.answer-delay-days must be at least 1");
        }
        this.defaultDelayDays = defaultDelayDays;
    }

    /**
     * Working days the venue has to answer: its own delay when it said one, else the default. {@code venue} is
     * {@code null} when the read model does not know it (then the default too).
     */
    public int delayDaysOf(KnownVenue venue) {
        Integer own = venue == null ? null : venue.answerDelayDays();
        // venue-service only publishes 1..20; anything else would be a producer's slip, not a promise to hold
        return own != null && own >= 1 ? own : defaultDelayDays;
    }

    @Override
    public Referral schedule(Referral referral, KnownVenue venue) {
        if (venue != null && !venue.id().equals(referral.venueId())) {
            throw new IllegalArgumentException("Referral " + referral.id() + " is for venue " + referral.venueId()
                    + ", not " + venue.id());
        }
        int days = delayDaysOf(venue);
        return referral.answerDue(calendar.dueAt(referral.createdAt(), days),
                calendar.halfTime(referral.createdAt(), days));
    }
}
