package fr.inclusion.orientation.referral.lifecycle.domain;

import fr.inclusion.orientation.reference.territory.InseeCodes;

/**
 * The territory whose coordinators handle an escalation: the commune's EPCI and its département. The département
 * follows from the commune's INSEE code (two characters, {@code 2A}/{@code 2B} in Corsica, three for overseas codes
 * starting with 97); the EPCI comes from reference data ({@code CommuneEpciTable}), and is {@code null} for a commune
 * that is not in it, when only the coordinators of the département see the escalation.
 */
public record Territory(String epciSiren, String departement) {

    /** The territory of a commune whose EPCI is unknown. */
    public static Territory ofCommune(String inseeCode) {
        return ofCommune(inseeCode, null);
    }

    /** The territory of a commune in an EPCI ({@code null}: not known). */
    public static Territory ofCommune(String inseeCode, String epciSiren) {
        return new Territory(epciSiren, InseeCodes.departementOf(inseeCode));
    }
}
