package fr.inclusion.orientation.venue.venue.application;

import java.time.Clock;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.venue.domain.ConcurrentVenueChangeException;
import fr.inclusion.orientation.venue.venue.domain.Venue;
import fr.inclusion.orientation.venue.venue.domain.VenueChange;
import fr.inclusion.orientation.venue.venue.domain.VenueFilter;
import fr.inclusion.orientation.venue.venue.domain.VenueNotFoundException;
import fr.inclusion.orientation.venue.venue.domain.VenuePage;
import fr.inclusion.orientation.venue.venue.domain.Venues;

/** Keeping the directory: registering and updating venues (each change stored with its event), looking them up. */
@Service
public class VenueDirectory {

    private final Venues venues;
    private final Clock clock;

    public VenueDirectory(Venues venues, Clock clock) {
        this.venues = venues;
        this.clock = clock;
    }

    public Venue register(RegisterVenue command) {
        VenueChange.Registered registered = Venue.register(command.id(), command.details(), command.stops(),
                command.actor(), clock.instant());
        venues.record(registered);
        return registered.venue();
    }

    /** Returns the venue after the update, unchanged (same version, no event) when nothing differs. */
    public Venue update(UpdateVenue command) {
        if (!mayEdit(command.editor(), command.id())) {
            throw new VenueEditingNotAllowedException(command.id());
        }
        Venue current = venue(command.id());
        if (command.expectedVersion() != null && command.expectedVersion() != current.version()) {
            throw new ConcurrentVenueChangeException(current.id(), command.expectedVersion());
        }
        return current.update(command.details(), command.stops(), command.editor().id(), clock.instant(),
                        command.proposal())
                .map(updated -> {
                    venues.record(updated);
                    return updated.venue();
                })
                .orElse(current);
    }

    public Venue venue(String id) {
        return venues.byId(id).orElseThrow(() -> new VenueNotFoundException(id));
    }

    public VenuePage find(VenueFilter filter, int page, int size) {
        return venues.find(filter, page, size);
    }

    /**
     * Admins and coordinators edit any venue; venue staff only the venue named in their token. Coordinators are
     * not yet limited to their territory: venues do not carry their EPCI until the territory reference data lands.
     */
    static boolean mayEdit(Caller editor, String venueId) {
        if (editor.has(Caller.ADMIN) || editor.has(Caller.COORDINATOR)) {
            return true;
        }
        return editor.has(Caller.VENUE_STAFF) && editor.venue().filter(venueId::equals).isPresent();
    }
}
