package fr.inclusion.orientation.notification.preferences.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A way to be told, as the API names it. In-app is always on. */
public enum PreferredChannel {

    IN_APP,
    EMAIL,
    SMS;

    /** The code on the wire: the constant's name in lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PreferredChannel> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code().equals(code)).findFirst();
    }
}
