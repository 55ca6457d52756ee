package fr.inclusion.orientation.referral.lifecycle.domain;

/** A referral with the same secretary and idempotency key is already stored. */
public class IdempotencyKeyTakenException extends ReferralException {

    public IdempotencyKeyTakenException() {
        super("Une orientation a déjà été créée avec cette clé d'idempotence.");
    }
}
