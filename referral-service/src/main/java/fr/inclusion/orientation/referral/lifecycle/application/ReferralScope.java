package fr.inclusion.orientation.referral.lifecycle.application;

import java.util.Set;

import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralSearch;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralStatus;
import fr.inclusion.orientation.support.security.Caller;

/**
 * Who may see which referral. A secretary sees those of her communes' residents, venue staff those addressed to
 * their venue; nobody else sees any for now (coordinators get aggregate flows, never individual residents).
 */
public final class ReferralScope {

    private ReferralScope() {
    }

    public static boolean canRead(Caller caller, Referral referral) {
        return isOfHerCommunes(caller, referral) || isAddressedToTheirVenue(caller, referral);
    }

    /** Identity, contact and note: only for the people who work with the resident. */
    public static boolean seesIdentity(Caller caller, Referral referral) {
        return isOfHerCommunes(caller, referral) || isAddressedToTheirVenue(caller, referral);
    }

    public static boolean isOfHerCommunes(Caller caller, Referral referral) {
        return caller.has(Caller.SECRETARY) && caller.servesCommune(referral.communeCode());
    }

    public static boolean isAddressedToTheirVenue(Caller caller, Referral referral) {
        return caller.has(Caller.VENUE_STAFF) && caller.venue().filter(referral.venueId()::equals).isPresent();
    }

    /** The listing scope of a caller with the filters asked for. */
    public static ReferralSearch searchFor(Caller caller, ReferralStatus status, String venueId) {
        Set<String> communes = caller.has(Caller.SECRETARY) ? Set.copyOf(caller.communes()) : Set.of();
        String scopeVenue = caller.has(Caller.VENUE_STAFF) ? caller.venue().orElse(null) : null;
        return new ReferralSearch(communes, scopeVenue, status, venueId);
    }

    static void requireRole(Caller caller, String role, String frenchMessage) {
        if (!caller.has(role)) {
            throw new ReferralAccessDeniedException(frenchMessage);
        }
    }
}
