package fr.inclusion.orientation.referral.lifecycle.application;

/** The chosen venue cannot receive this referral; {@link Reason} says why. */
public class VenueCannotReceive extends RuntimeException {

    /** Why a venue cannot receive a referral. */
    public enum Reason {
        /** Not in the read model, or withdrawn from the directory. */
        UNKNOWN_OR_INACTIVE,
        /** The venue takes no new referral for now. */
        INTAKE_PAUSED,
        /** The venue does not declare the need and no override reason was given. */
        NEED_NOT_OFFERED
    }

    private final Reason reason;

    public VenueCannotReceive(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
