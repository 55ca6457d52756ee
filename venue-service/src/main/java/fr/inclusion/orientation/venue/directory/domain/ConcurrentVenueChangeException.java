package fr.inclusion.orientation.venue.directory.domain;

/** The venue changed since the version the change was based on (optimistic locking). */
public class ConcurrentVenueChangeException extends RuntimeException {

    public ConcurrentVenueChangeException(String venueId, long expectedVersion) {
        super("Venue " + venueId + " is no longer at version " + expectedVersion);
    }
}
