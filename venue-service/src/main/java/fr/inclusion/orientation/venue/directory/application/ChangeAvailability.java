package fr.inclusion.orientation.venue.directory.application;

import fr.inclusion.orientation.support.security.Caller;

/**
 * Pause or resume a venue's intake of referrals, say how many it can take a week and within how many working days it
 * answers one.
 *
 * @param weeklyCapacity  {@code null} when the venue does not say
 * @param answerDelayDays working days, {@code null} when the venue does not say (the network's default applies)
 */
public record ChangeAvailability(String venueId, boolean intakePaused, Integer weeklyCapacity, Integer answerDelayDays,
        Caller editor) {
}
