package fr.inclusion.orientation.notification.preferences.domain;

import java.util.Arrays;
import java.util.Optional;

/** A way to be told, as the API names it. In-app is always on. */
public enum PreferredChannel {

    IN_APP("in_app"),
    EMAIL("email"),
    SMS("sms");

    private final String code;

    PreferredChannel(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<PreferredChannel> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
