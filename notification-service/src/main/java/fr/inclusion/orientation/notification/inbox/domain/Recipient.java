package fr.inclusion.orientation.notification.inbox.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A person reading their inbox, described by what their token says: their user id, for venue staff the venue they
 * work at, for coordinators the territory they cover (an EPCI SIREN or a département code). Their inbox is the
 * union of the audiences they belong to.
 */
public record Recipient(String userId, String staffedVenueId, String territory) {

    public Recipient {
        Objects.requireNonNull(userId, "userId");
        if (staffedVenueId != null && staffedVenueId.isBlank()) {
            staffedVenueId = null;
        }
        if (territory != null && territory.isBlank()) {
            territory = null;
        }
    }

    public static Recipient user(String userId) {
        return new Recipient(userId, null, null);
    }

    public static Recipient venueStaff(String userId, String venueId) {
        return new Recipient(userId, venueId, null);
    }

    public static Recipient coordinator(String userId, String territory) {
        return new Recipient(userId, null, territory);
    }

    public List<Audience> audiences() {
        List<Audience> audiences = new ArrayList<>(3);
        if (staffedVenueId != null) {
            audiences.add(Audience.venue(staffedVenueId));
        }
        if (territory != null) {
            audiences.add(Audience.territory(territory));
        }
        audiences.add(Audience.user(userId));
        return List.copyOf(audiences);
    }
}
