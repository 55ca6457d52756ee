package fr.inclusion.orientation.referral.lifecycle.application;

/** No referral with this id in the caller's scope; said the same way whether it exists elsewhere or not. */
public class ReferralNotFound extends RuntimeException {

    public ReferralNotFound(String id) {
        super("Aucune orientation " + id + " accessible.");
    }
}
