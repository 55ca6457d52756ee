package fr.inclusion.orientation.referral.lifecycle.domain;

/** Base of the referral domain's exceptions; they carry French messages and no HTTP notion. */
public abstract class ReferralException extends RuntimeException {

    protected ReferralException(String message) {
        super(message);
    }
}
