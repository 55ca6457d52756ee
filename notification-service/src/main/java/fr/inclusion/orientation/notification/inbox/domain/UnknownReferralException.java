package fr.inclusion.orientation.notification.inbox.domain;

/**
 * An event about a referral whose {@code ReferralSent} was never processed here. Events of one referral share a
 * partition and arrive in order, so this only happens when the {@code ReferralSent} itself failed; failing too
 * sends this event to the dead-letter topic, from where both can be replayed in order, instead of losing it.
 */
public class UnknownReferralException extends RuntimeException {

    public UnknownReferralException(String referralId) {
        super("No ReferralSent processed for referral " + referralId);
    }
}
