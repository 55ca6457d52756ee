package fr.inclusion.orientation.referral.lifecycle.application;

/** The caller's role may not do this at all (403); scope misses are {@link ReferralNotFound} instead. */
public class ReferralAccessDenied extends RuntimeException {

    public ReferralAccessDenied(String message) {
        super(message);
    }
}
