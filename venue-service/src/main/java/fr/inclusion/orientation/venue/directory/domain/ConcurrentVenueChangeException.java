package fr.inclusion.orientation.venue.directory.domain;

import fr.inclusion.orientation.support.problem.ProblemException;

/** The venue changed since the version the change was based on (optimistic locking). */
public class ConcurrentVenueChangeException extends ProblemException {

    public ConcurrentVenueChangeException(String venueId, long expectedVersion) {
        super(409, "concurrent-update", "Modification concurrente", "La fiche a été modifiée entre-temps ; rechargez-la puis recommencez.");
    }
}
