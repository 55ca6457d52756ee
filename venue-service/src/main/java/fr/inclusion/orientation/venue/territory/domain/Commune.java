package fr.inclusion.orientation.venue.territory.domain;

import java.util.List;

import fr.inclusion.orientation.reference.territory.InseeCodes;

/**
 * A commune by its INSEE code, with its EPCI (intercommunalité, by SIREN) and its centroid (WGS84).
 */
public record Commune(String code, String nom, List<String> codesPostaux, long population, String epciSiren,
        String epciNom, double latitude, double longitude) {

    public Commune {
        codesPostaux = List.copyOf(codesPostaux);
    }

    /** The département code: the first two characters of the INSEE code (2A, 2B), three for overseas (97x, 98x). */
    public String departement() {
        return InseeCodes.departementOf(code);
    }

    /** Its département and EPCI, as coordinators' territories are named. */
    public Location location() {
        return new Location(departement(), epciSiren);
    }

    /** A territory is a département code or an EPCI SIREN (9 digits). */
    public boolean belongsTo(String territory) {
        return location().isCoveredBy(territory);
    }
}
