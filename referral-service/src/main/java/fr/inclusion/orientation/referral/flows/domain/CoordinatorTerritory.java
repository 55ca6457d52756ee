package fr.inclusion.orientation.referral.flows.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A coordinator's territory: a département (code {@code 55}, {@code 2A}, {@code 974}) or an EPCI (9-digit SIREN).
 *
 * @param departement for an EPCI, the département it is looked at within (null: the whole EPCI)
 */
public record CoordinatorTerritory(Kind kind, String code, String departement) {

    public enum Kind { DEPARTEMENT, EPCI }

    private static final Pattern DEPARTEMENT = Pattern.compile("(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-8])");
    private static final Pattern SIREN = Pattern.compile("[0-9]{9}");

    /** Empty when the text is neither a département code nor a SIREN. */
    public static Optional<CoordinatorTerritory> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.trim().toUpperCase(java.util.Locale.ROOT);
        if (DEPARTEMENT.matcher(code).matches()) {
            return Optional.of(new CoordinatorTerritory(Kind.DEPARTEMENT, code, code));
        }
        if (SIREN.matcher(code).matches()) {
            return Optional.of(new CoordinatorTerritory(Kind.EPCI, code, null));
        }
        return Optional.empty();
    }

    /** The part of this EPCI that lies within a département. */
    public CoordinatorTerritory within(String departementCode) {
        return new CoordinatorTerritory(kind, code, departementCode);
    }
}
