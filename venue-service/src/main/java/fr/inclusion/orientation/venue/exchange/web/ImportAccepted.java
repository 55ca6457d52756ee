package fr.inclusion.orientation.venue.exchange.web;

import fr.inclusion.orientation.venue.exchange.domain.ImportJob;
import fr.inclusion.orientation.venue.exchange.domain.ImportStatus;

/** The answer to an accepted file: follow the job at the {@code Location} given. */
record ImportAccepted(String jobId, ImportStatus status, int total) {

    static ImportAccepted of(ImportJob job) {
        return new ImportAccepted(job.id(), job.status(), job.total());
    }
}
