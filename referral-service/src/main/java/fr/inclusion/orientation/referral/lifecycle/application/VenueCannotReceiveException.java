package fr.inclusion.orientation.referral.lifecycle.application;

import fr.inclusion.orientation.support.problem.ProblemException;

/** The chosen venue cannot receive this referral; {@link Reason} says why. */
public class VenueCannotReceiveException extends ProblemException {

    /** Why a venue cannot receive a referral, and the problem that says so. */
    public enum Reason {
        /** Not in the read model, or withdrawn from the directory. */
        UNKNOWN_OR_INACTIVE(422, "venue-unavailable", "Lieu inconnu ou inactif"),
        /** The venue takes no new referral for now. */
        INTAKE_PAUSED(409, "venue-intake-paused", "Accueil des orientations suspendu"),
        /** The venue does not declare the need and no override reason was given. */
        NEED_NOT_OFFERED(422, "need-not-offered", "Service non proposé par ce lieu");

        private final int status;
        private final String type;
        private final String title;

        Reason(int status, String type, String title) {
            this.status = status;
            this.type = type;
            this.title = title;
        }
    }

    private final Reason reason;

    public VenueCannotReceiveException(Reason reason, String message) {
        super(reason.status, reason.type, reason.title, message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
