package fr.inclusion.orientation.venue.proposal.application;

import java.util.List;

import fr.inclusion.orientation.support.problem.InvalidFieldsException;
import fr.inclusion.orientation.venue.directory.domain.Violation;

/** Proposed changes that name unknown fields or, applied to the venue's record as it is, break its rules. */
public class InvalidProposedChangesException extends InvalidFieldsException {

    public InvalidProposedChangesException(List<Violation> violations) {
        super("Appliquées à la fiche actuelle, ces corrections ne respectent pas le standard national : voir les "
                + "champs en erreur.", Violation.fieldErrors(violations));
    }
}
