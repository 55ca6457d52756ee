package fr.inclusion.orientation.referral.lifecycle.domain;

import fr.inclusion.orientation.support.problem.ProblemException;

/** Someone changed the referral between the read and the write; the later writer must reload and retry. */
public class ConcurrentReferralChangeException extends ProblemException {

    public ConcurrentReferralChangeException(String referralId) {
        super(409, "concurrent-update", "Modification concurrente", "L'orientation " + referralId
                + " a été modifiée entre-temps ; rechargez-la puis recommencez.");
    }
}
