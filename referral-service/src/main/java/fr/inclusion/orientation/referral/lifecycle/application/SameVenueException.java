package fr.inclusion.orientation.referral.lifecycle.application;

/** A re-routing must name another venue than the one that declined or let the referral expire. */
public class SameVenueException extends RuntimeException {

    public SameVenueException(String venueId) {
        super("La réorientation doit viser un autre lieu que « " + venueId + " ».");
    }
}
