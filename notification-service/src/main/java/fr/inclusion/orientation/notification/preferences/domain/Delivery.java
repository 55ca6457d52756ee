package fr.inclusion.orientation.notification.preferences.domain;

import java.util.Arrays;
import java.util.Optional;

/** When e-mails (and SMS) go out: at once, or once a day in a digest e-mail (envoi groupé quotidien). */
public enum Delivery {

    IMMEDIATE("immediate"),
    DAILY_DIGEST("daily_digest");

    private final String code;

    Delivery(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Delivery> ofCode(String code) {
        return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
    }
}
