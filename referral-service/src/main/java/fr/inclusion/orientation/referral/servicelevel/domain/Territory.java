package fr.inclusion.orientation.referral.servicelevel.domain;

/**
 * The territory whose coordinators handle an escalation. The département follows from the commune's INSEE code
 * (two characters, {@code 2A}/{@code 2B} in Corsica, three for overseas codes starting with 97); the EPCI needs
 * reference data referral-service does not hold, so it is {@code null} for now and coordinators of the département
 * see the escalation.
 */
public record Territory(String epciSiren, String departement) {

    public static Territory ofCommune(String inseeCode) {
        return new Territory(null, departementOf(inseeCode));
    }

    /** Département code of a commune's INSEE code, or {@code null} when the code is not one. */
    public static String departementOf(String inseeCode) {
        if (inseeCode == null || inseeCode.length() != 5) {
            return null;
        }
        return inseeCode.startsWith("97") ? inseeCode.substring(0, 3) : inseeCode.substring(0, 2);
    }
}
