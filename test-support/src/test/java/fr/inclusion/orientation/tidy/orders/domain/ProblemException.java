package fr.inclusion.orientation.tidy.orders.domain;

/** Stands for service-support's base of the exceptions that carry their problem type. */
public class ProblemException extends RuntimeException {

    public ProblemException(String message) {
        super(message);
    }
}
