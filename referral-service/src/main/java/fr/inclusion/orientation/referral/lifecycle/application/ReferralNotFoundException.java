package fr.inclusion.orientation.referral.lifecycle.application;

import fr.inclusion.orientation.support.problem.ProblemException;

/** No referral with this id in the caller's scope; said the same way whether it exists elsewhere or not. */
public class ReferralNotFoundException extends ProblemException {

    public ReferralNotFoundException(String id) {
        super(404, "referral-not-found", "Orientation introuvable", "Aucune orientation " + id + " accessible.");
    }
}
