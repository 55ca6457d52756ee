package fr.inclusion.orientation.venue.territory.domain;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.ProblemException;

/**
 * The file is not an IFN file at all (empty, wrong header): nothing of it is imported. The detail is French and
 * names the uploaded file (form part {@value #PART}) as the field at fault.
 */
public class InvalidFragilityFileException extends ProblemException {

    /** The form part the file comes in. */
    public static final String PART = "file";

    public InvalidFragilityFileException(String frenchDetail) {
        super(400, "invalid-fragility-file", "Fichier de l'indice de fragilité numérique invalide", frenchDetail);
        property("errors", List.of(new FieldError(PART, frenchDetail)));
    }
}
