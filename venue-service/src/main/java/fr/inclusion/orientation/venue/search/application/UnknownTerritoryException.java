package fr.inclusion.orientation.venue.search.application;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.InvalidFieldsException;

/** A territory (département code or EPCI SIREN) with no commune in the reference data. */
public class UnknownTerritoryException extends InvalidFieldsException {

    public UnknownTerritoryException(String territory) {
        super("Certains paramètres sont invalides : voir les champs en erreur.", List.of(new FieldError("territory",
                "territoire inconnu « " + territory + " » : code de département (par exemple 55) ou SIREN d'EPCI "
                        + "(par exemple 245501184) attendu")));
    }
}
