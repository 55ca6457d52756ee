package fr.inclusion.orientation.notification.inbox.domain;

import java.util.Objects;

/**
 * Who a notification is addressed to: a group resolved from the event ({@code venue:<venueId>}, the venue's
 * staff) or one person ({@code user:<userId>}, the token's {@code sub}). People are mapped to audiences from their
 * token claims when they read, so the inbox never needs a directory of users.
 */
public record Audience(String value) {

    private static final String VENUE = "venue:";
    private static final String USER = "user:";

    public Audience {
        Objects.requireNonNull(value, "audience");
        if (!(value.startsWith(VENUE) || value.startsWith(USER)) || value.indexOf(':') == value.length() - 1) {
            throw new IllegalArgumentException("Unknown audience " + value);
        }
    }

    public static Audience venue(String venueId) {
        return new Audience(VENUE + requireId(venueId));
    }

    public static Audience user(String userId) {
        return new Audience(USER + requireId(userId));
    }

    private static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("An audience needs an id");
        }
        return id;
    }

    @Override
    public String toString() {
        return value;
    }
}
