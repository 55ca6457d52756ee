package fr.inclusion.orientation.referral.lifecycle.application;

/** The caller's role may not do this at all (403); scope misses are {@link ReferralNotFoundException} instead. */
public class ReferralAccessDeniedException extends RuntimeException {

    public ReferralAccessDeniedException(String message) {
        super(message);
    }
}
