package fr.inclusion.orientation.referral.audit.domain;

import java.util.List;

/** Port: the append-only log of identity reads. */
public interface IdentityAudit {

    /** Appends one entry; called before the answer carrying the identity leaves the service. */
    void record(IdentityRead read);

    /** The entries of one referral, oldest first. */
    List<IdentityRead> of(String referralId);

    /** Deletes the entries of reads made before {@code before} (the audit's retention); returns how many. */
    long purgeBefore(java.time.Instant before);
}
