package fr.inclusion.orientation.referral.lifecycle.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Coded reasons a venue declines a referral for (DOMAIN.md, "Referral lifecycle"); the code is the API value. */
public enum DeclineReason {

    /** Resident unreachable. */
    INJOIGNABLE("injoignable"),
    NON_ELIGIBLE("non-eligible"),
    /** No capacity left. */
    SESSION_COMPLETE("session-complete"),
    /** Not this venue's job. */
    HORS_COMPETENCE("hors-competence"),
    /** The resident cannot travel there. */
    MOBILITE("mobilite"),
    DOUBLON("doublon"),
    AUTRE("autre");

    private final String code;

    DeclineReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<DeclineReason> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.code.equals(wanted)).findFirst();
    }
}
