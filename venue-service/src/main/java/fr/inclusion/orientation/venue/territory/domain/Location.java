package fr.inclusion.orientation.venue.territory.domain;

import fr.inclusion.orientation.reference.territory.InseeCodes;

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
     * The département of a postal code, for a venue without INSEE code: a postal code mostly starts as its
     * commune's INSEE code does, so it is read as one, except Corsica, whose postal codes ({@code 20xxx}) do not
     * tell 2A from 2B: {@code null} (unknown) there. An approximation kept here on purpose: the reference module
     * only reads INSEE codes.
     */
    public static String departementOfPostalCode(String postalCode) {
        if (postalCode == null || postalCode.length() < 3 || postalCode.startsWith("20")) {
            return null;
        }
        return InseeCodes.departementOf(postalCode);
    }
}
