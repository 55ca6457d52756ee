package fr.inclusion.orientation.venue.exchange.application;

/** Every import worker is busy and the waiting line is full. */
public class ImportsBusyException extends RuntimeException {

    public ImportsBusyException() {
        super("Too many imports in progress");
    }
}
