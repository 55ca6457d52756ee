package fr.inclusion.orientation.venue.directory.domain;

import fr.inclusion.orientation.support.problem.ProblemException;

/** A venue with this id is already in the directory; registering it again would overwrite someone's record. */
public class VenueAlreadyExistsException extends ProblemException {

    public VenueAlreadyExistsException(String venueId) {
        super(409, "venue-already-exists", "Lieu déjà enregistré", "Un lieu a déjà l'identifiant « " + venueId
                + " » ; pour le modifier, utilisez PUT /api/venues/" + venueId + ".");
    }
}
