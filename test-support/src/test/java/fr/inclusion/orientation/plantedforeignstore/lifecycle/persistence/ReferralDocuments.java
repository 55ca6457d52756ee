package fr.inclusion.orientation.plantedforeignstore.lifecycle.persistence;

/** The lifecycle's store of referrals. */
public class ReferralDocuments {

    public void markExpired(String referralId) {
        // writes the referrals collection
    }
}
