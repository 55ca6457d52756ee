package fr.inclusion.orientation.notification.inbox.domain;

import java.util.Objects;

/**
 * Who a notification is addressed to: a group resolved from the event ({@code venue:<venueId>}, the venue's
 * staff; {@code territory:<code>}, the coordinators of an EPCI SIREN or a département code) or one person
 * ({@code user:<userId>}, the token's {@code sub}). People are mapped to audiences from their token claims when they
 * read, so the inbox never needs a directory of users.
 */
public record Audience(String value) {

    private static final String VENUE = "venue:";
    private static final String USER = "user:";
    private static final String TERRITORY = "territory:";

    public Audience {
        Objects.requireNonNull(value, "audience");
        if (!(value.startsWith(VENUE) || value.startsWith(USER) || value.startsWith(TERRITORY))
                || value.indexOf(':') == value.length() - 1) {
            throw new IllegalArgumentException("Unknown audience " + value);
        }
    }

    public static Audience venue(String venueId) {
        return new Audience(VENUE + requireId(venueId));
    }

    public static Audience user(String userId) {
        return new Audience(USER + requireId(userId));
    }

    /** The coordinators whose {@code territory} claim is this EPCI SIREN or this département code. */
    public static Audience territory(String code) {
        return new Audience(TERRITORY + requireId(code));
    }

    public boolean isVenue() {
        return value.startsWith(VENUE);
    }

    public boolean isUser() {
        return value.startsWith(USER);
    }

    public boolean isTerritory() {
        return value.startsWith(TERRITORY);
    }

    /** The venue id, user id or territory code after the prefix. */
    public String id() {
        return value.substring(value.indexOf(':') + 1);
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
