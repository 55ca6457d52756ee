package fr.inclusion.orientation.venue.search.application;

/** A territory (département code or EPCI SIREN) with no commune in the reference data. */
public class UnknownTerritoryException extends RuntimeException {

    private final String territory;

    public UnknownTerritoryException(String territory) {
        super("Unknown territory " + territory);
        this.territory = territory;
    }

    public String territory() {
        return territory;
    }
}
