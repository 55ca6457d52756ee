package fr.inclusion.orientation.venue.territory.application;

import java.util.Optional;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.reference.territory.InseeCodes;
import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.domain.Communes;
import fr.inclusion.orientation.venue.territory.domain.Location;

/**
 * The one rule of where a coordinator acts, for every write that touches a place (registering, editing, pausing or
 * withdrawing a venue, importing venues, importing the fragility index, deciding a proposed correction): an admin
 * acts everywhere; a coordinator only inside the territory named in their token ({@code territory}: a département
 * code or an EPCI SIREN); anyone else nowhere by this rule (what venue staff may do is their own venue's rule).
 * <p>
 * A place is inside when its commune is: the commune of an INSEE code is looked up in the reference data (its
 * département and EPCI); a code missing from the reference data still has its département (from the code), but no
 * EPCI, so only a département coordinator covers it; without INSEE code, the postal code gives the département
 * (except Corsica's 20xxx, shared by 2A and 2B: unknown there). What cannot be placed is covered by no coordinator.
 */
@Service
public class TerritoryScope {

    private final Communes communes;

    public TerritoryScope(Communes communes) {
        this.communes = communes;
    }

    /** Where the commune of this INSEE code is, or, without one, the département of the postal code. */
    public Location locate(String inseeCode, String postalCode) {
        if (inseeCode != null && !inseeCode.isBlank()) {
            return communes.byCode(inseeCode.strip()).map(Commune::location)
                    .orElseGet(() -> new Location(InseeCodes.departementOf(inseeCode.strip()), null));
        }
        return new Location(Location.departementOfPostalCode(postalCode == null ? null : postalCode.strip()), null);
    }

    /** Whether the caller may act at this place: admins everywhere, coordinators inside their territory. */
    public boolean covers(Caller caller, Location location) {
        if (caller.has(Caller.ADMIN)) {
            return true;
        }
        return caller.has(Caller.COORDINATOR) && location.isCoveredBy(caller.territory());
    }

    /** {@link #covers(Caller, Location)} for the commune of an INSEE code (postal code when none). */
    public boolean covers(Caller caller, String inseeCode, String postalCode) {
        return covers(caller, locate(inseeCode, postalCode));
    }

    /** The commune of an INSEE code with its name, for messages: {@code 55028 (Bantheville)}. */
    public String describeCommune(String inseeCode) {
        if (inseeCode == null || inseeCode.isBlank()) {
            return "(sans code INSEE)";
        }
        Optional<Commune> commune = communes.byCode(inseeCode.strip());
        return inseeCode.strip() + commune.map(c -> " (" + c.nom() + ")").orElse("");
    }

    /** The caller's territory in French, for messages: {@code EPCI 245501184}, {@code département 55}. */
    public static String describeTerritory(Caller caller) {
        String territory = caller.territory();
        if (territory == null || territory.isBlank()) {
            return "aucun territoire n'est attaché à votre compte";
        }
        return territory.strip().matches("\\d{9}") ? "EPCI " + territory.strip()
                : "département " + territory.strip();
    }
}
