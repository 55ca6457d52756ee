package fr.inclusion.orientation.referral.lifecycle.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How an accepted referral ended, given by the venue when closing it; the code is the API value. */
public enum Outcome {

    RESOLVED,
    PARTLY_RESOLVED,
    NOT_RESOLVED,
    /** The resident did not come. */
    NO_SHOW;

    /** The code on the wire: the constant's name in lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value for a code, whatever its case and surrounding blanks. */
    public static Optional<Outcome> fromCode(String code) {
        String wanted = code == null ? null : code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.code().equals(wanted)).findFirst();
    }
}
