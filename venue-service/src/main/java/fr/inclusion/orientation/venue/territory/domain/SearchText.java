package fr.inclusion.orientation.venue.territory.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as a person types it when looking for a place: without accents, case, hyphens or apostrophes, so that
 * "st mihiel", "Saint-Mihiel" and "SAINT MIHIEL" compare equal where it matters ("saint mihiel").
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        // œ and æ have no decomposition: "Œuilly" is typed "oeuilly"
        String ligatures = text.replace("œ", "oe").replace("Œ", "Oe").replace("æ", "ae").replace("Æ", "Ae");
        String withoutMarks = MARKS.matcher(Normalizer.normalize(ligatures, Normalizer.Form.NFD)).replaceAll("");
        return SEPARATORS.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
