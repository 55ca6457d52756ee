package fr.inclusion.orientation.venue.search.application;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.InvalidFieldsException;

/** A commune code that is not in the reference data. */
public class UnknownCommuneException extends InvalidFieldsException {

    public UnknownCommuneException(String code) {
        super("Certains paramètres sont invalides : voir les champs en erreur.", List.of(new FieldError("commune",
                "commune inconnue « " + code + " » : code INSEE d'une commune du référentiel attendu (par exemple "
                        + "55493 pour Sommeilles)")));
    }
}
