package fr.inclusion.orientation.referral.lifecycle.application;

/** The key was already used by this secretary for a different request. */
public class IdempotencyKeyReused extends RuntimeException {

    private final String referralId;

    public IdempotencyKeyReused(String referralId) {
        super("Cette clé d'idempotence a déjà servi pour une autre orientation ; utilisez une nouvelle clé pour une "
                + "nouvelle orientation.");
        this.referralId = referralId;
    }

    public String referralId() {
        return referralId;
    }
}
