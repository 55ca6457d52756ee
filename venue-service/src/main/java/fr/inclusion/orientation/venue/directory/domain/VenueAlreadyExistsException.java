package fr.inclusion.orientation.venue.directory.domain;

/** A venue with this id is already in the directory; registering it again would overwrite someone's record. */
public class VenueAlreadyExistsException extends RuntimeException {

    private final String venueId;

    public VenueAlreadyExistsException(String venueId) {
        super("Venue " + venueId + " already exists");
        this.venueId = venueId;
    }

    public String venueId() {
        return venueId;
    }
}
