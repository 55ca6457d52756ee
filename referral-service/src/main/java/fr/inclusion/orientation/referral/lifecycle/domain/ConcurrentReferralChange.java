package fr.inclusion.orientation.referral.lifecycle.domain;

/** Someone changed the referral between the read and the write; the later writer must reload and retry. */
public class ConcurrentReferralChange extends ReferralException {

    public ConcurrentReferralChange(String referralId) {
        super("L'orientation " + referralId + " a été modifiée entre-temps ; rechargez-la puis recommencez.");
    }
}
