package fr.inclusion.orientation.venue.directory.application;

/** Only the venue's own staff, coordinators and admins read who changed a venue and when. */
public class VenueHistoryNotAllowedException extends RuntimeException {

    public VenueHistoryNotAllowedException(String venueId) {
        super("Not allowed to read the history of venue " + venueId);
    }
}
