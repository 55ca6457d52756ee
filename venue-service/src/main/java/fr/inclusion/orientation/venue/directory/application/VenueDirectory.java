package fr.inclusion.orientation.venue.directory.application;

import java.time.Clock;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.territory.application.OutsideTerritoryException;
import fr.inclusion.orientation.venue.directory.domain.ConcurrentVenueChangeException;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueChange;
import fr.inclusion.orientation.venue.directory.domain.VenueFilter;
import fr.inclusion.orientation.venue.directory.domain.VenueNotFoundException;
import fr.inclusion.orientation.venue.directory.domain.VenuePage;
import fr.inclusion.orientation.venue.directory.domain.Venues;

/**
 * Keeping the directory: registering and updating venues (each change stored with its event), looking them up. Who
 * may write which venue is {@link VenueAccess}'s rule.
 */
@Service
public class VenueDirectory {

    private final Venues venues;
    private final VenueAccess access;
    private final Clock clock;

    public VenueDirectory(Venues venues, VenueAccess access, Clock clock) {
        this.venues = venues;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Registers a venue for an admin, or a coordinator when it is inside their territory.
     *
     * @throws VenueEditingNotAllowedException for other roles
     * @throws OutsideTerritoryException       for a coordinator when the venue is outside their territory
     */
    public Venue register(RegisterVenue command, Caller registrant) {
        VenueChange.Registered registered = Venue.register(command.id(), command.details(), command.stops(),
                command.actor(), clock.instant());
        access.requireMayManage(registrant, registered.venue());
        venues.record(registered);
        return registered.venue();
    }

    /** The demo data loader's registration, which acts for no user (actor {@code demo-data}). */
    Venue registerDemo(RegisterVenue command) {
        VenueChange.Registered registered = Venue.register(command.id(), command.details(), command.stops(),
                command.actor(), clock.instant());
        venues.record(registered);
        return registered.venue();
    }

    /**
     * Returns the venue after the update, unchanged (same version, no event) when nothing differs. A coordinator
     * needs both the venue as it is and as it would be inside their territory.
     *
     * @throws VenueEditingNotAllowedException for a secretary, or venue staff of another venue
     * @throws OutsideTerritoryException       for a coordinator when either is outside their territory
     */
    public Venue update(UpdateVenue command) {
        Caller editor = command.editor();
        if (!VenueAccess.mayEdit(editor, command.id())) {
            throw new VenueEditingNotAllowedException(command.id());
        }
        Venue current = venue(command.id());
        access.requireMayEdit(editor, current);
        if (command.expectedVersion() != null && command.expectedVersion() != current.version()) {
            throw new ConcurrentVenueChangeException(current.id(), command.expectedVersion());
        }
        return current.update(command.details(), command.stops(), editor.id(), clock.instant(),
                        command.proposal())
                .map(updated -> {
                    access.requireMayEdit(editor, updated.venue());
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
}
