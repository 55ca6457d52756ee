package fr.inclusion.orientation.referral.lifecycle.domain;

import java.util.Optional;

/** How the venue can reach the resident. {@code VIA_MAIRIE}: through the mairie, no personal contact stored. */
public enum ContactChannel {
    PHONE("phone", true),
    EMAIL("email", true),
    VIA_MAIRIE("via_mairie", false);

    private final String code;
    private final boolean needsValue;

    ContactChannel(String code, boolean needsValue) {
        this.code = code;
        this.needsValue = needsValue;
    }

    public String code() {
        return code;
    }

    /** A phone number or an e-mail address must come with the channel; the mairie needs none. */
    public boolean needsValue() {
        return needsValue;
    }

    public static Optional<ContactChannel> fromCode(String code) {
        for (ContactChannel channel : values()) {
            if (channel.code.equals(code)) {
                return Optional.of(channel);
            }
        }
        return Optional.empty();
    }
}
