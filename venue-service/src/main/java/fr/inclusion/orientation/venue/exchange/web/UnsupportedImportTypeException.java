package fr.inclusion.orientation.venue.exchange.web;

import fr.inclusion.orientation.support.problem.ProblemException;

/** Neither CSV nor JSON (nor a form carrying one of them). */
class UnsupportedImportTypeException extends ProblemException {

    UnsupportedImportTypeException(String received) {
        super(415, "unsupported-import-type", "Type de fichier non pris en charge", "Type reçu : " + received
                + ". Envoyez le fichier du standard national en text/csv (séparateur , ou ;) ou en application/json "
                + "(tableau d'objets), ou dans la partie « file » d'un formulaire multipart/form-data.");
        header("Accept-Post", "text/csv, application/json, multipart/form-data");
    }
}
