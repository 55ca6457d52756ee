package fr.inclusion.orientation.support.messaging;

import fr.inclusion.orientation.support.problem.ProblemException;

/** The broker, or a dependency of a replayed record, did not answer: counts or replay could not be done now. */
public class DeadLettersUnavailableException extends ProblemException {

    public DeadLettersUnavailableException(Throwable cause) {
        super(503, "dead-letters-unavailable", "Files de rebut indisponibles", "Le courtier Kafka ou le stockage "
                + "ne répond pas ; les enregistrements déjà rejoués le restent. Réessayez plus tard.", cause);
    }
}
