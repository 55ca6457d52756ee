package fr.inclusion.orientation.venue.exchange.application;

import fr.inclusion.orientation.support.problem.ProblemException;

/** Every import worker is busy and the waiting line is full. */
public class ImportsBusyException extends ProblemException {

    public ImportsBusyException() {
        super(503, "imports-busy", "Trop d'imports en cours", "Ce fichier n'a pas été importé : renvoyez-le dans quelques minutes.");
        header("Retry-After", "60");
    }
}
