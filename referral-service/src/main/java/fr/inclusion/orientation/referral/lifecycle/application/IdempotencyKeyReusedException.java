package fr.inclusion.orientation.referral.lifecycle.application;

import fr.inclusion.orientation.support.problem.ProblemException;

/** The key was already used by this secretary for a different request. */
public class IdempotencyKeyReusedException extends ProblemException {

    private final String referralId;

    public IdempotencyKeyReusedException(String referralId) {
        super(422, "idempotency-key-reused", "Clé d'idempotence déjà utilisée", "Cette clé d'idempotence a déjà "
                + "servi pour une autre orientation ; utilisez une nouvelle clé pour une nouvelle orientation.");
        this.referralId = referralId;
    }

    public String referralId() {
        return referralId;
    }
}
