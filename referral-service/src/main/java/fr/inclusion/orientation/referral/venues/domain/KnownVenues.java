package fr.inclusion.orientation.referral.venues.domain;

import java.util.Optional;

/** Port: the read model of venues, kept up to date from venue-service's events. */
public interface KnownVenues {

    Optional<KnownVenue> byId(String venueId);
}
