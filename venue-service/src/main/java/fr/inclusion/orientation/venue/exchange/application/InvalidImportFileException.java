package fr.inclusion.orientation.venue.exchange.application;

import java.util.List;

import fr.inclusion.orientation.venue.directory.domain.Violation;

/** The file as a whole cannot be imported: empty, not the standard's header, not a JSON array… */
public class InvalidImportFileException extends RuntimeException {

    private final String detail;
    private final List<Violation> errors;

    public InvalidImportFileException(String detail, List<Violation> errors) {
        super("Invalid import file: " + detail);
        this.detail = detail;
        this.errors = List.copyOf(errors);
    }

    public InvalidImportFileException(String detail) {
        this(detail, List.of());
    }

    /** In French. */
    public String detail() {
        return detail;
    }

    /** The columns at fault, if any. */
    public List<Violation> errors() {
        return errors;
    }
}
