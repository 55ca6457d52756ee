package fr.inclusion.orientation.support.messaging;

/** The broker, or a dependency of a replayed record, did not answer: counts or replay could not be done now. */
public class DeadLettersUnavailableException extends RuntimeException {

    public DeadLettersUnavailableException(Throwable cause) {
        super(cause);
    }
}
