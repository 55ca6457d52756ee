package fr.inclusion.orientation.venue.directory.domain;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.InvalidFieldsException;

/** A venue record breaks one or more rules of the national standard or of the network. */
public class InvalidVenueException extends InvalidFieldsException {

    private final transient List<Violation> violations;

    public InvalidVenueException(List<Violation> violations) {
        super("La fiche du lieu ne respecte pas le standard national : voir les champs en erreur.",
                Violation.fieldErrors(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
