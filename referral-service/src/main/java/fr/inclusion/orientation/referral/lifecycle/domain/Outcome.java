package fr.inclusion.orientation.referral.lifecycle.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an accepted referral ended, given by the venue when closing it; the code is the API value. */
public enum Outcome {

    RESOLVED("resolved"),
    PARTLY_RESOLVED("partly_resolved"),
    NOT_RESOLVED("not_resolved"),
    /** The resident did not come. */
    NO_SHOW("no_show");

    private final String code;

    Outcome(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Outcome> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.code.equals(wanted)).findFirst();
    }
}
