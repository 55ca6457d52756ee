package fr.inclusion.orientation.notification.inbox.domain;

import java.util.Optional;

/** Port: the routing records of the referrals this service has heard of, by referral id. */
public interface ReferralRoutings {

    /** Stores or replaces the routing of a referral; storing the same routing twice changes nothing. */
    void remember(ReferralRouting routing);

    Optional<ReferralRouting> find(String referralId);
}
