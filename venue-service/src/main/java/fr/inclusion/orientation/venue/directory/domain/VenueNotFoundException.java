package fr.inclusion.orientation.venue.directory.domain;

import fr.inclusion.orientation.support.problem.ProblemException;

/** No venue has this id in the directory. */
public class VenueNotFoundException extends ProblemException {

    public VenueNotFoundException(String venueId) {
        super(404, "venue-not-found", "Lieu introuvable", "Aucun lieu n'a l'identifiant « " + venueId + " ».");
    }
}
