package fr.inclusion.orientation.venue.venue.application;

import fr.inclusion.orientation.support.security.Caller;

/**
 * Pause or resume a venue's intake of referrals and say how many it can take a week.
 *
 * @param weeklyCapacity {@code null} when the venue does not say
 */
public record ChangeAvailability(String venueId, boolean intakePaused, Integer weeklyCapacity, Caller editor) {
}
