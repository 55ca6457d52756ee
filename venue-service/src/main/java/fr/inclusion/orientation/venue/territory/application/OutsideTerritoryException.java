package fr.inclusion.orientation.venue.territory.application;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.ProblemException;

/**
 * A coordinator's write reaches outside their territory (see {@link TerritoryScope}); nothing was written.
 *
 * @param detail   in French, for the caller: what was refused and why
 * @param offences the places at fault, each with the field naming it ({@code code_insee}, {@code stops[1].commune},
 *                 {@code code}) and a French reason
 */
public class OutsideTerritoryException extends ProblemException {

    /** One place outside the territory. */
    public record Offence(String field, String reason) {
    }

    private final transient List<Offence> offences;

    public OutsideTerritoryException(String detail, List<Offence> offences) {
        super(403, "territory-forbidden", "Accès refusé", detail);
        this.offences = List.copyOf(offences);
        property("errors", this.offences.stream().map(o -> new FieldError(o.field(), o.reason())).toList());
    }

    public List<Offence> offences() {
        return offences;
    }
}
