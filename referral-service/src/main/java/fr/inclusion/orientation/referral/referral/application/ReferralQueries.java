package fr.inclusion.orientation.referral.referral.application;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.referral.referral.domain.ReferralPage;
import fr.inclusion.orientation.referral.referral.domain.ReferralStatus;
import fr.inclusion.orientation.referral.referral.domain.Referrals;
import fr.inclusion.orientation.support.security.Caller;

/**
 * Reading referrals within the caller's scope. This is the one place that decides whether the resident's identity
 * is released, so auditing those reads belongs here.
 */
@Service
public class ReferralQueries {

    private final Referrals referrals;

    public ReferralQueries(Referrals referrals) {
        this.referrals = referrals;
    }

    /** @throws ReferralNotFound when it does not exist or is outside the caller's scope (same answer) */
    public ReferralRead get(String id, Caller caller) {
        return referrals.byId(id)
                .filter(r -> ReferralScope.canRead(caller, r))
                .map(r -> new ReferralRead(r, ReferralScope.seesIdentity(caller, r)))
                .orElseThrow(() -> new ReferralNotFound(id));
    }

    public ReferralReadPage list(Caller caller, ReferralStatus status, String venueId, int page, int size) {
        ReferralPage found = referrals.search(ReferralScope.searchFor(caller, status, venueId), page, size);
        return new ReferralReadPage(found.items().stream()
                .map(r -> new ReferralRead(r, ReferralScope.seesIdentity(caller, r)))
                .toList(), page, size, found.total());
    }
}
