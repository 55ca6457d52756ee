package fr.inclusion.orientation.venue.territory.domain;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.ProblemException;

/**
 * A département reference file that cannot be taken at all (no CSV, a missing column, no valid commune): nothing of
 * it is imported. The French detail says why; {@code line} where (the header is line 1); the uploaded file (form
 * part {@value #PART}) is the field at fault.
 */
public class InvalidCommunesFileException extends ProblemException {

    /** The form part the file comes in. */
    public static final String PART = "file";

    public InvalidCommunesFileException(int line, String frenchDetail) {
        super(400, "invalid-communes-file", "Fichier des communes invalide", frenchDetail);
        property("line", line);
        property("errors", List.of(new FieldError(PART, frenchDetail)));
    }
}
