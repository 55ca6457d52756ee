package fr.inclusion.orientation.venue.proposal.domain;

/**
 * Where a venue is, as coordinators' territories are named: its département code (from its INSEE code, or its
 * postal code when it has none) and the SIREN of its EPCI (when its commune is known).
 */
public record VenueTerritory(String departement, String epciSiren) {

    public static final VenueTerritory UNKNOWN = new VenueTerritory(null, null);

    /** A coordinator's territory is a département code or an EPCI SIREN; {@code null} covers nothing. */
    public boolean isCoveredBy(String territory) {
        return territory != null && !territory.isBlank()
                && (territory.equals(departement) || territory.equals(epciSiren));
    }
}
