package fr.inclusion.orientation.venue.exchange.domain;

/** No import job with this id, or one that belongs to someone else (which the caller must not learn). */
public class ImportJobNotFoundException extends RuntimeException {

    private final String jobId;

    public ImportJobNotFoundException(String jobId) {
        super("No import job " + jobId);
        this.jobId = jobId;
    }

    public String jobId() {
        return jobId;
    }
}
