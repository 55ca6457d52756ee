package fr.inclusion.orientation.referral.servicelevel.application;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import fr.inclusion.orientation.referral.referral.domain.Referral;
import fr.inclusion.orientation.referral.servicelevel.domain.WorkingDays;

/**
 * The service level of a new referral: its venue's answer delay in working days (the configured default until the
 * venue read model carries a per-venue {@code answerDelayDays}), from which the due date and the reminder time are
 * computed once, at creation.
 */
@Service
public class AnswerDeadlines {

    private final WorkingDays calendar = new WorkingDays();
    private final int defaultDelayDays;

    public AnswerDeadlines(@Value("${orientation.referrals.answer-delay-days:3}") int defaultDelayDays) {
        if (defaultDelayDays < 1) {
            throw new IllegalArgumentException("orientation.referrals.answer-delay-days must be at least 1");
        }
        this.defaultDelayDays = defaultDelayDays;
    }

    /** Working days the venue has to answer. */
    public int delayDaysOf(String venueId) {
        // per-venue override: read it here once the venue read model carries answerDelayDays
        return defaultDelayDays;
    }

    /** Sets the due date and reminder time of a referral just sent. */
    public Referral schedule(Referral referral) {
        int days = delayDaysOf(referral.venueId());
        return referral.answerDue(calendar.dueAt(referral.createdAt(), days),
                calendar.halfTime(referral.createdAt(), days));
    }
}
