package fr.inclusion.orientation.venue.search.application;

/** A commune code that is not in the reference data. */
public class UnknownCommuneException extends RuntimeException {

    private final String code;

    public UnknownCommuneException(String code) {
        super("Unknown commune " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
