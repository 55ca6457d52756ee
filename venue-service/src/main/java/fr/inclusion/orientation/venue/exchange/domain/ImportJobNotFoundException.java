package fr.inclusion.orientation.venue.exchange.domain;

import fr.inclusion.orientation.support.problem.ProblemException;

/** No import job with this id, or one that belongs to someone else (which the caller must not learn). */
public class ImportJobNotFoundException extends ProblemException {

    public ImportJobNotFoundException(String jobId) {
        super(404, "import-not-found", "Import introuvable", "Aucun de vos imports n'a l'identifiant « " + jobId + " ».");
    }
}
