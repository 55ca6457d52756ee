package fr.inclusion.orientation.reference.territory;

import java.util.List;

/**
 * A commune of a département's reference file: its INSEE code, name, postal codes, population, EPCI
 * (intercommunalité: SIREN and name, both empty when it belongs to none) and centroid (WGS84).
 */
public record Commune(String code, String name, List<String> postalCodes, long population, String epciSiren,
        String epciName, double latitude, double longitude) {

    public Commune {
        code = InseeCodes.requireCommuneCode(code);
        postalCodes = List.copyOf(postalCodes);
        epciSiren = epciSiren == null ? "" : epciSiren;
        epciName = epciName == null ? "" : epciName;
    }

    /** Its département, from the INSEE code ({@code 55}, {@code 2A}, {@code 974}). */
    public String departement() {
        return InseeCodes.departementOf(code);
    }
}
