package fr.inclusion.orientation.notification.preferences.domain;

import java.util.Optional;

/** A way to be told, as the API names it. In-app is always on. */
public enum PreferredChannel implements WireCode {

    IN_APP,
    EMAIL,
    SMS;

    public static Optional<PreferredChannel> ofCode(String code) {
        return WireCode.ofCode(PreferredChannel.class, code);
    }
}
