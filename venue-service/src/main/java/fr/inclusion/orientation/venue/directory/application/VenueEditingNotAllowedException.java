package fr.inclusion.orientation.venue.directory.application;

/** The caller may not edit this venue: venue staff edit only their own venue, secretaries none. */
public class VenueEditingNotAllowedException extends RuntimeException {

    public VenueEditingNotAllowedException(String venueId) {
        super("Not allowed to edit venue " + venueId);
    }
}
