package fr.inclusion.orientation.venue.territory.application;

import java.util.List;

/**
 * A coordinator's write reaches outside their territory (see {@link TerritoryScope}); nothing was written.
 *
 * @param detail   in French, for the caller: what was refused and why
 * @param offences the places at fault, each with the field naming it ({@code code_insee}, {@code stops[1].commune},
 *                 {@code code}) and a French reason
 */
public class OutsideTerritoryException extends RuntimeException {

    /** One place outside the territory. */
    public record Offence(String field, String reason) {
    }

    private final String detail;
    private final List<Offence> offences;

    public OutsideTerritoryException(String detail, List<Offence> offences) {
        super("Outside the caller's territory: " + offences.size() + " place(s)");
        this.detail = detail;
        this.offences = List.copyOf(offences);
    }

    public String detail() {
        return detail;
    }

    public List<Offence> offences() {
        return offences;
    }
}
