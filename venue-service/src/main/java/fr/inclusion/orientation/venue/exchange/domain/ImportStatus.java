package fr.inclusion.orientation.venue.exchange.domain;

/** Where an import job is: waiting for a worker, running, finished, or stopped by an unexpected error. */
public enum ImportStatus {
    PENDING, RUNNING, DONE, FAILED
}
