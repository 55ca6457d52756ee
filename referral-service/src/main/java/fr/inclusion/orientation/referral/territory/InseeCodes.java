package fr.inclusion.orientation.referral.territory;

import java.util.Locale;

/** What a commune's INSEE code (code officiel géographique) says by itself, without reference data. */
public final class InseeCodes {

    private InseeCodes() {
    }

    /**
     * Département of a commune from its INSEE code: the first two characters (including Corsica's 2A/2B), three
     * for the overseas départements (97x). Null for a code that is not one.
     */
    public static String departementOf(String inseeCode) {
        if (inseeCode == null || inseeCode.length() != 5) {
            return null;
        }
        String code = inseeCode.toUpperCase(Locale.ROOT);
        return code.startsWith("97") ? code.substring(0, 3) : code.substring(0, 2);
    }
}
