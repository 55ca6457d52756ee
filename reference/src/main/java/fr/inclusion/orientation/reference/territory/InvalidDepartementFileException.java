package fr.inclusion.orientation.reference.territory;

/** A département reference file that cannot be taken at all; the message, in French, says why and where. */
public class InvalidDepartementFileException extends IllegalArgumentException {

    private final int line;

    public InvalidDepartementFileException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** The line at fault (the header is line 1). */
    public int line() {
        return line;
    }
}
