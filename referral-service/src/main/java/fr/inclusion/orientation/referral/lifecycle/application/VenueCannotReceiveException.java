package fr.inclusion.orientation.referral.lifecycle.application;

import fr.inclusion.orientation.support.problem.ProblemException;
import fr.inclusion.orientation.support.problem.ProblemKind;

/** The chosen venue cannot receive this referral; {@link Reason} says why. */
public class VenueCannotReceiveException extends ProblemException {

    /** Why a venue cannot receive a referral, and the problem that says so. */
    public enum Reason {
        /** Not in the read model, or withdrawn from the directory. */
        UNKNOWN_OR_INACTIVE,
        /** The venue takes no new referral for now. */
        INTAKE_PAUSED,
        /** The venue does not declare the need and no override reason was given. */
        NEED_NOT_OFFERED;

        ProblemKind problem() {
            return switch (this) {
                case UNKNOWN_OR_INACTIVE -> new ProblemKind(422, "venue-unavailable", "Lieu inconnu ou inactif");
                case INTAKE_PAUSED -> new ProblemKind(409, "venue-intake-paused", "Accueil des orientations suspendu");
                case NEED_NOT_OFFERED -> new ProblemKind(422, "need-not-offered", "Service non proposé par ce lieu");
            };
        }
    }

    private final Reason reason;

    public VenueCannotReceiveException(Reason reason, String message) {
        super(reason.problem(), message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
