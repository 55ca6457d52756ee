package fr.inclusion.orientation.venue.directory.application;

import fr.inclusion.orientation.support.problem.ProblemException;

/** The caller may not edit this venue: venue staff edit only their own venue, secretaries none. */
public class VenueEditingNotAllowedException extends ProblemException {

    public VenueEditingNotAllowedException(String venueId) {
        super(403, "forbidden", "Accès refusé", "Vous ne pouvez modifier que la fiche de votre propre lieu.");
    }
}
