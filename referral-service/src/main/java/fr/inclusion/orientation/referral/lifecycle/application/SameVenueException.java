package fr.inclusion.orientation.referral.lifecycle.application;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.InvalidFieldsException;

/** A re-routing must name another venue than the one that declined or let the referral expire. */
public class SameVenueException extends InvalidFieldsException {

    public SameVenueException(String venueId) {
        super(detail(venueId), List.of(new FieldError("venueId", detail(venueId))));
    }

    private static String detail(String venueId) {
        return "La réorientation doit viser un autre lieu que « " + venueId + " ».";
    }
}
