package fr.inclusion.orientation.referral.lifecycle.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Coded reasons a venue declines a referral for (DOMAIN.md, "Referral lifecycle"); the code is the API value. */
public enum DeclineReason {

    /** Resident unreachable. */
    INJOIGNABLE,
    NON_ELIGIBLE,
    /** No capacity left. */
    SESSION_COMPLETE,
    /** Not this venue's job. */
    HORS_COMPETENCE,
    /** The resident cannot travel there. */
    MOBILITE,
    DOUBLON,
    AUTRE;

    /** The code on the wire: the constant's name in lower case, words joined by {@code -}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The value for a code, whatever its case and surrounding blanks. */
    public static Optional<DeclineReason> fromCode(String code) {
        String wanted = code == null ? null : code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.code().equals(wanted)).findFirst();
    }
}
