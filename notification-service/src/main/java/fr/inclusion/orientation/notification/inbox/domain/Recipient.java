package fr.inclusion.orientation.notification.inbox.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person reading their inbox, described by what their token says: their user id and, for venue staff, the venue
 * they work at. Their inbox is the union of the audiences they belong to.
 */
public record Recipient(String userId, String staffedVenueId) {

    public Recipient {
        Objects.requireNonNull(userId, "userId");
        if (staffedVenueId != null && staffedVenueId.isBlank()) {
            staffedVenueId = null;
        }
    }

    public static Recipient user(String userId) {
        return new Recipient(userId, null);
    }

    public static Recipient venueStaff(String userId, String venueId) {
        return new Recipient(userId, venueId);
    }

    public List<Audience> audiences() {
        List<Audience> audiences = new ArrayList<>(2);
        if (staffedVenueId != null) {
            audiences.add(Audience.venue(staffedVenueId));
        }
        audiences.add(Audience.user(userId));
        return List.copyOf(audiences);
    }
}
