package fr.inclusion.orientation.venue.directory.domain;

/** No venue has this id in the directory. */
public class VenueNotFoundException extends RuntimeException {

    private final String venueId;

    public VenueNotFoundException(String venueId) {
        super("No venue " + venueId);
        this.venueId = venueId;
    }

    public String venueId() {
        return venueId;
    }
}
