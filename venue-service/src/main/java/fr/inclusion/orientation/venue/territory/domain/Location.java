package fr.inclusion.orientation.venue.territory.domain;

import java.util.Locale;

/**
 * Where a commune is, named as coordinators' territories are: its département code and the SIREN of its EPCI.
 * A venue, a mobile venue's stop or a line of the fragility file is where its commune is. Either part may be
 * unknown ({@code null}): a commune outside the reference data has no known EPCI, a place without any usable code
 * is {@link #UNKNOWN}, which no territory covers.
 */
public record Location(String departement, String epciSiren) {

    public static final Location UNKNOWN = new Location(null, null);

    public Location {
        departement = departement == null || departement.isBlank() ? null : departement;
        epciSiren = epciSiren == null || epciSiren.isBlank() ? null : epciSiren;
    }

    /** A coordinator's territory is a département code or an EPCI SIREN; {@code null} or blank covers nothing. */
    public boolean isCoveredBy(String territory) {
        return territory != null && !territory.isBlank()
                && (territory.equals(departement) || territory.equals(epciSiren));
    }

    /**
     * The département of an INSEE commune code: its first two characters ({@code 55}, and {@code 2A} / {@code 2B}
     * for Corsica, whose INSEE codes carry the letter), three overseas ({@code 971}…{@code 976}, {@code 98x}).
     */
    public static String departementOfInseeCode(String inseeCode) {
        if (inseeCode == null || inseeCode.length() < 3) {
            return null;
        }
        String code = inseeCode.toUpperCase(Locale.ROOT);
        return code.startsWith("97") || code.startsWith("98") ? code.substring(0, 3) : code.substring(0, 2);
    }

    /**
     * The département of a postal code, for a venue without INSEE code: as {@link #departementOfInseeCode}, except
     * Corsica, whose postal codes ({@code 20xxx}) do not tell 2A from 2B: {@code null} (unknown) there.
     */
    public static String departementOfPostalCode(String postalCode) {
        if (postalCode == null || postalCode.length() < 3 || postalCode.startsWith("20")) {
            return null;
        }
        return departementOfInseeCode(postalCode);
    }
}
