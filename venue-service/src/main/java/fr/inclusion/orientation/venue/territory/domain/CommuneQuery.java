package fr.inclusion.orientation.venue.territory.domain;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * A search among communes: optionally those of one département, optionally matching what was typed. The text matches
 * a commune whose name starts with or contains it (ignoring case, accents, hyphens and apostrophes), or whose INSEE
 * code or one of whose postal codes starts with it.
 */
public record CommuneQuery(String departement, String text) {

    /** How well a commune matches: the lower the better; name prefixes and codes come before name fragments. */
    public static final int PREFIX = 0;
    public static final int CONTAINS = 1;

    public CommuneQuery {
        departement = departement == null || departement.isBlank() ? null : departement.strip().toUpperCase(Locale.ROOT);
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** Empty when the commune does not match; otherwise its rank ({@link #PREFIX} or {@link #CONTAINS}). */
    public OptionalInt rank(Commune commune, String normalizedName) {
        if (departement != null && !departement.equals(commune.departement())) {
            return OptionalInt.empty();
        }
        if (text == null) {
            return OptionalInt.of(PREFIX);
        }
        String typed = SearchText.normalize(text);
        if (typed.isEmpty()) {
            return OptionalInt.empty();
        }
        if (normalizedName.startsWith(typed)) {
            return OptionalInt.of(PREFIX);
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (commune.code().startsWith(code) || commune.codesPostaux().stream().anyMatch(cp -> cp.startsWith(text))) {
            return OptionalInt.of(PREFIX);
        }
        return normalizedName.contains(typed) ? OptionalInt.of(CONTAINS) : OptionalInt.empty();
    }
}
