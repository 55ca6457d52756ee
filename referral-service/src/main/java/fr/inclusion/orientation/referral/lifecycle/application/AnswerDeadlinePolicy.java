package fr.inclusion.orientation.referral.lifecycle.application;

import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.venues.domain.KnownVenue;

/**
 * Port: when the venue of a referral just sent must answer. The service levels implement it
 * ({@code servicelevel.application.AnswerDeadlines}); the lifecycle only asks, so it does not depend on them.
 */
public interface AnswerDeadlinePolicy {

    /**
     * Sets the due date and reminder time of a referral just sent to {@code venue} (as the read model knows it;
     * {@code null} when it does not).
     *
     * @throws IllegalArgumentException when the venue is not the referral's
     */
    Referral schedule(Referral referral, KnownVenue venue);
}
