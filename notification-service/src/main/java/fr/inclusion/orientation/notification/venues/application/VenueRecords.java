package fr.inclusion.orientation.notification.venues.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.inclusion.orientation.contracts.venue.VenueAvailabilityChanged;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.contracts.venue.VenueRegistered;
import fr.inclusion.orientation.contracts.venue.VenueSnapshot;
import fr.inclusion.orientation.contracts.venue.VenueUpdated;
import fr.inclusion.orientation.contracts.venue.VenueWithdrawn;
import fr.inclusion.orientation.notification.venues.domain.KnownVenue;
import fr.inclusion.orientation.notification.venues.domain.KnownVenues;

/**
 * Applies venue events to the read model, idempotent by version: a redelivered or late (older) event changes
 * nothing.
 */
@Service
public class VenueRecords {

    private static final Logger log = LoggerFactory.getLogger(VenueRecords.class);

    private final KnownVenues venues;

    public VenueRecords(KnownVenues venues) {
        this.venues = venues;
    }

    /** @return whether the event changed the read model */
    public boolean apply(VenueEvent event) {
        VenueSnapshot snapshot = event.venue();
        if (snapshot == null || snapshot.id() == null || !snapshot.id().equals(event.venueId())) {
            throw new IllegalArgumentException("Venue event " + event.eventId() + " has no matching snapshot");
        }
        boolean active = switch (event) {
            case VenueRegistered registered -> snapshot.active();
            case VenueUpdated updated -> snapshot.active();
            case VenueAvailabilityChanged availability -> snapshot.active();
            case VenueWithdrawn withdrawn -> false;
        };
        boolean applied = venues.storeIfNewer(new KnownVenue(snapshot.id(), snapshot.nom(), snapshot.codeInsee(),
                snapshot.courriels(), active, event.version()), event.eventId().toString());
        log.debug("{} {} v{} for venue {} {}", event.type(), event.eventId(), event.version(), event.venueId(),
                applied ? "applied" : "ignored (same or newer version stored)");
        return applied;
    }
}
