package fr.inclusion.orientation.referral.lifecycle.application;

/** A re-routing must name another venue than the one that declined or let the referral expire. */
public class SameVenue extends RuntimeException {

    public SameVenue(String venueId) {
        super("La réorientation doit viser un autre lieu que « " + venueId + " ».");
    }
}
