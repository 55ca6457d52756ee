package fr.inclusion.orientation.reference.territory;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a commune's INSEE code (code officiel géographique) says by itself, without reference data: its département.
 * A commune code has five characters: the département on two ({@code 01}…{@code 95}, Corsica {@code 2A} /
 * {@code 2B}, never {@code 20}) then three digits, or overseas the département on three ({@code 971}…{@code 978},
 * {@code 984}…{@code 989}) then two digits. Letters may come in either case; answers are in upper case.
 *
 * <p>Only INSEE codes: a postal code does not name a département (Corsica's {@code 20xxx} is 2A or 2B, and many
 * postal codes cross a border), so nothing here accepts one.
 */
public final class InseeCodes {

    private static final Pattern DEPARTEMENT = Pattern.compile("(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])"
            + "|97[1-8]|98[4-9]");
    private static final Pattern COMMUNE = Pattern.compile("(0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])[0-9]{3}"
            + "|(97[1-8]|98[4-9])[0-9]{2}");

    private InseeCodes() {
    }

    /** Whether {@code code} is shaped as a commune's INSEE code ({@code 55427}, {@code 2A004}, {@code 97411}). */
    public static boolean isCommuneCode(String code) {
        return code != null && COMMUNE.matcher(code.toUpperCase(Locale.ROOT)).matches();
    }

    /** Whether {@code code} is a département code as INSEE writes it ({@code 55}, {@code 2A}, {@code 974}). */
    public static boolean isDepartementCode(String code) {
        return code != null && DEPARTEMENT.matcher(code.toUpperCase(Locale.ROOT)).matches();
    }

    /**
     * The département of a commune from its INSEE code: two characters ({@code 55}, {@code 2A}, {@code 2B}),
     * three overseas ({@code 974}, {@code 987}); {@code null} for anything that is not a commune code.
     */
    public static String departementOf(String inseeCode) {
        if (!isCommuneCode(inseeCode)) {
            return null;
        }
        String code = inseeCode.toUpperCase(Locale.ROOT);
        return code.startsWith("97") || code.startsWith("98") ? code.substring(0, 3) : code.substring(0, 2);
    }

    /**
     * The commune code in upper case.
     *
     * @throws IllegalArgumentException when {@code inseeCode} is not a commune's INSEE code
     */
    public static String requireCommuneCode(String inseeCode) {
        if (!isCommuneCode(inseeCode)) {
            throw new IllegalArgumentException("code INSEE de commune invalide : « " + inseeCode
                    + " » (attendu : 5 caractères, par exemple 55427, 2A004 ou 97411)");
        }
        return inseeCode.toUpperCase(Locale.ROOT);
    }

    /**
     * The département code in upper case.
     *
     * @throws IllegalArgumentException when {@code code} is not a département code
     */
    public static String requireDepartementCode(String code) {
        if (!isDepartementCode(code)) {
            throw new IllegalArgumentException("code de département invalide : « " + code
                    + " » (attendu par exemple 55, 2A ou 974)");
        }
        return code.toUpperCase(Locale.ROOT);
    }
}
