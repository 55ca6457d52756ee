package fr.inclusion.orientation.referral.lifecycle.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the venue can reach the resident. {@code VIA_MAIRIE}: through the mairie, no personal contact stored. */
public enum ContactChannel {
    PHONE(true),
    EMAIL(true),
    VIA_MAIRIE(false);

    private final boolean needsValue;

    ContactChannel(boolean needsValue) {
        this.needsValue = needsValue;
    }

    /** The code on the wire: the constant's name in lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A phone number or an e-mail address must come with the channel; the mairie needs none. */
    public boolean needsValue() {
        return needsValue;
    }

    public static Optional<ContactChannel> fromCode(String code) {
        return Arrays.stream(values()).filter(channel -> channel.code().equals(code)).findFirst();
    }
}
