package fr.inclusion.orientation.notification.preferences.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** When e-mails (and SMS) go out: at once, or once a day in a digest e-mail (envoi groupé quotidien). */
public enum DeliveryTiming {

    IMMEDIATE,
    DAILY_DIGEST;

    /** The code on the wire: the constant's name in lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<DeliveryTiming> ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code().equals(code)).findFirst();
    }
}
