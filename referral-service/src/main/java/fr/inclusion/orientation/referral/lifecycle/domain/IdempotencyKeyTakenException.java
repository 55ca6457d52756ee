package fr.inclusion.orientation.referral.lifecycle.domain;

/**
 * A referral with the same secretary and idempotency key is already stored. Never reaches the caller: the use case
 * that meets it answers with the stored referral instead.
 */
public class IdempotencyKeyTakenException extends RuntimeException {

    public IdempotencyKeyTakenException() {
        super("Une orientation a déjà été créée avec cette clé d'idempotence.");
    }
}
