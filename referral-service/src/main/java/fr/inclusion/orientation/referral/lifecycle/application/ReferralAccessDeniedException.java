package fr.inclusion.orientation.referral.lifecycle.application;

import fr.inclusion.orientation.support.problem.ProblemException;

/** The caller's role may not do this at all (403); scope misses are {@link ReferralNotFoundException} instead. */
public class ReferralAccessDeniedException extends ProblemException {

    public ReferralAccessDeniedException(String message) {
        super(403, "forbidden", "Accès refusé", message);
    }
}
