package fr.inclusion.orientation.venue.exchange.application;

import java.util.List;

import fr.inclusion.orientation.support.problem.ProblemException;
import fr.inclusion.orientation.venue.directory.domain.Violation;

/** The file as a whole cannot be imported: empty, not the standard's header, not a JSON array… */
public class InvalidImportFileException extends ProblemException {

    private final transient List<Violation> errors;

    /**
     * @param detail in French
     * @param errors the columns at fault, if any
     */
    public InvalidImportFileException(String detail, List<Violation> errors) {
        super(400, "invalid-import-file", "Fichier d'import invalide", detail);
        this.errors = List.copyOf(errors);
        if (!errors.isEmpty()) {
            property("errors", Violation.fieldErrors(errors));
        }
    }

    public InvalidImportFileException(String detail) {
        this(detail, List.of());
    }

    /** The columns at fault, if any. */
    public List<Violation> errors() {
        return errors;
    }
}
