package fr.inclusion.orientation.venue.territory.domain;

/** No commune of the reference data has this INSEE code. */
public class CommuneNotFoundException extends RuntimeException {

    private final String code;

    public CommuneNotFoundException(String code) {
        super("No commune " + code);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
