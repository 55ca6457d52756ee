package fr.inclusion.orientation.notification.venues.domain;

import java.util.Optional;

/** Port: the read model of venues, kept up to date from venue-service's events. */
public interface KnownVenues {

    Optional<KnownVenue> byId(String venueId);

    /**
     * Stores the venue unless the stored state comes from the same or a newer version.
     *
     * @return whether it was stored
     */
    boolean storeIfNewer(KnownVenue venue, String eventId);
}
