package fr.inclusion.orientation.referral.lifecycle.domain;

/** A referral with the same secretary and idempotency key is already stored. */
public class IdempotencyKeyTaken extends ReferralException {

    public IdempotencyKeyTaken() {
        super("Une orientation a déjà été créée avec cette clé d'idempotence.");
    }
}
