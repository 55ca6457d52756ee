package fr.inclusion.orientation.referral.lifecycle.application;

/** The key was already used by this secretary for a different request. */
public class IdempotencyKeyReusedException extends RuntimeException {

    private final String referralId;

    public IdempotencyKeyReusedException(String referralId) {
        super("Cette clé d'idempotence a déjà servi pour une autre orientation ; utilisez une nouvelle clé pour une "
                + "nouvelle orientation.");
        this.referralId = referralId;
    }

    public String referralId() {
        return referralId;
    }
}
