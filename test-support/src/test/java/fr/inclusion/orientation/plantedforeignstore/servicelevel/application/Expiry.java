package fr.inclusion.orientation.plantedforeignstore.servicelevel.application;

import fr.inclusion.orientation.plantedforeignstore.lifecycle.persistence.ReferralDocuments;

/** Planted: another feature writes the referrals behind the lifecycle's back. */
public class Expiry {

    private final ReferralDocuments referrals = new ReferralDocuments();

    public void expire(String referralId) {
        referrals.markExpired(referralId);
    }
}
