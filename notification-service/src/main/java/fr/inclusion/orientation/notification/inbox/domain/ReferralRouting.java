package fr.inclusion.orientation.notification.inbox.domain;

import fr.inclusion.orientation.contracts.referral.ReferralSent;

/**
 * What the notification rules must remember of a referral to route its later events: only {@code ReferralSent}
 * names the referring secretary, yet her answer comes with {@code ReferralAccepted}.
 */
public record ReferralRouting(String referralId, String secretaryId, String venueId, String need,
        String communeCode) {

    public static ReferralRouting of(ReferralSent sent) {
        return new ReferralRouting(sent.referralId(), sent.secretaryId(), sent.venueId(), sent.need(),
                sent.communeCode());
    }
}
