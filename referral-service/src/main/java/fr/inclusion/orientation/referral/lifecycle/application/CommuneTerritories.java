package fr.inclusion.orientation.referral.lifecycle.application;

import org.springframework.stereotype.Component;

import fr.inclusion.orientation.reference.territory.InseeCodes;
import fr.inclusion.orientation.referral.territory.CommuneEpciTable;

/**
 * Which territories a commune belongs to, for coordinators' scope: its EPCI (SIREN, from the service's
 * {@link CommuneEpciTable}, the same reference as venue-service) and its département (the INSEE code's first two
 * characters, three overseas).
 */
@Component
public class CommuneTerritories {

    private final CommuneEpciTable epcis;

    public CommuneTerritories(CommuneEpciTable epcis) {
        this.epcis = epcis;
    }

    /** Whether the commune lies in the territory (an EPCI SIREN or a département code). */
    public boolean isIn(String communeCode, String territory) {
        if (communeCode == null || territory == null || territory.isBlank()) {
            return false;
        }
        String wanted = territory.trim();
        return wanted.equals(InseeCodes.departementOf(communeCode))
                || epcis.epciOf(communeCode).filter(wanted::equals).isPresent();
    }
}
