package fr.inclusion.orientation.referral.lifecycle.application;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.referral.audit.domain.IdentityAudit;
import fr.inclusion.orientation.referral.audit.domain.IdentityRead;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;

import fr.inclusion.orientation.referral.lifecycle.domain.ReferralPage;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralStatus;
import fr.inclusion.orientation.referral.lifecycle.domain.Referrals;
import fr.inclusion.orientation.support.page.Page;
import fr.inclusion.orientation.support.security.Caller;

/**
 * Reading referrals within the caller's scope. This is the one place that decides whether the resident's identity
 * is released, so auditing those reads belongs here.
 */
@Service
public class ReferralQueries {

    private final Referrals referrals;
    private final IdentityAudit audit;
    private final Clock clock;

    public ReferralQueries(Referrals referrals, IdentityAudit audit, Clock clock) {
        this.referrals = referrals;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The referral as this caller may see it; when that includes the resident's identity, the read is audited
     * under {@code action} before it is returned.
     */
    public ReferralRead released(Referral referral, Caller caller, String action) {
        boolean identity = ReferralScope.seesIdentity(caller, referral);
        if (identity) {
            audit.record(new IdentityRead(caller.id(), clock.instant(), referral.id(), action));
        }
        return new ReferralRead(referral, identity);
    }

    /**
     * Who read the resident's identity of a referral: for the secretary who created it, or an admin.
     *
     * @throws ReferralNotFoundException for anyone else (same answer as an unknown id)
     */
    public List<IdentityRead> auditOf(String id, Caller caller) {
        referrals.byId(id)
                .filter(r -> caller.has(Caller.ADMIN)
                        || (caller.has(Caller.SECRETARY) && caller.id().equals(r.createdBy())))
                .orElseThrow(() -> new ReferralNotFoundException(id));
        return audit.of(id);
    }

    /** @throws ReferralNotFoundException when it does not exist or is outside the caller's scope (same answer) */
    public ReferralRead get(String id, Caller caller) {
        return referrals.byId(id)
                .filter(r -> ReferralScope.canRead(caller, r))
                .map(r -> released(r, caller, "read"))
                .orElseThrow(() -> new ReferralNotFoundException(id));
    }

    public Page<ReferralRead> list(Caller caller, ReferralStatus status, String venueId, int page, int size) {
        ReferralPage found = referrals.search(ReferralScope.searchFor(caller, status, venueId), page, size);
        return new Page<>(found.items().stream()
                .map(r -> released(r, caller, "list"))
                .toList(), page, size, found.total());
    }
}
