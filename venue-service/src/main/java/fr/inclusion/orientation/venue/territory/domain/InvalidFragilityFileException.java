package fr.inclusion.orientation.venue.territory.domain;

/** The file is not an IFN file at all (empty, wrong header): nothing of it is imported. The message is French. */
public class InvalidFragilityFileException extends RuntimeException {

    public InvalidFragilityFileException(String frenchDetail) {
        super(frenchDetail);
    }
}
