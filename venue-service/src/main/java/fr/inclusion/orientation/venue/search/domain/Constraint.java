package fr.inclusion.orientation.venue.search.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a resident needs besides the service itself (API.md: {@code constraints=free,evening,…}). */
public enum Constraint {

    /** Needs it free: Gratuit, then Gratuit sous condition, then Payant. */
    FREE,
    /** Available only in the evening: open at or after 18:00 on some day. */
    EVENING,
    /** Available only at the weekend: open on Saturday or Sunday. */
    WEEKEND,
    /** Cannot travel: a mobile venue stops in the resident's commune. */
    MOBILE,
    /** Needs specific support: {@code prise_en_charge_specifique} given (and the one asked for, if any). */
    ACCESSIBLE;

    /** The code on the wire: the constant's name in lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Constraint> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(Constraint::code).toList();
    }
}
