package fr.inclusion.orientation.venue.proposal.application;

import java.util.List;

import fr.inclusion.orientation.venue.directory.domain.Violation;

/**
 * The venue changed since the proposal was made and the proposed changes, applied to it now, break its rules; the
 * proposal stays pending (to be rejected, or approved once the record is fixed).
 */
public class ProposalNoLongerApplicableException extends RuntimeException {

    private final List<Violation> violations;

    public ProposalNoLongerApplicableException(String proposalId, List<Violation> violations) {
        super("Proposal " + proposalId + " no longer applies");
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
