package fr.inclusion.orientation.venue.directory.application;

import fr.inclusion.orientation.support.problem.ProblemException;

/** Only the venue's own staff, coordinators and admins read who changed a venue and when. */
public class VenueHistoryNotAllowedException extends ProblemException {

    public VenueHistoryNotAllowedException(String venueId) {
        super(403, "forbidden", "Accès refusé", "Seuls le personnel du lieu, les coordinateurs et les administrateurs "
                + "consultent son historique.");
    }
}
