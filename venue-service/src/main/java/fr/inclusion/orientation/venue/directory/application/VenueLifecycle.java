package fr.inclusion.orientation.venue.directory.application;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.territory.application.OutsideTerritoryException;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueHistoryEntry;
import fr.inclusion.orientation.venue.directory.domain.VenueNotFoundException;
import fr.inclusion.orientation.venue.directory.domain.Venues;

/**
 * A venue's life beside its record: withdrawing it from the directory, its availability for referrals (intake
 * paused, weekly capacity, answer delay), and the history of who changed what. Each change is stored with its event.
 */
@Service
public class VenueLifecycle {

    private final Venues venues;
    private final VenueAccess access;
    private final Clock clock;

    public VenueLifecycle(Venues venues, VenueAccess access, Clock clock) {
        this.venues = venues;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Admins, and coordinators inside their territory, withdraw a venue; withdrawing it again changes nothing and
     * emits nothing.
     *
     * @throws OutsideTerritoryException for a coordinator when the venue is outside their territory
     */
    public Venue withdraw(String venueId, Caller caller) {
        if (!VenueAccess.mayManage(caller)) {
            throw new VenueEditingNotAllowedException(venueId);
        }
        Venue current = venue(venueId);
        access.requireMayManage(caller, current);
        return current.withdraw(caller.id(), clock.instant())
                .map(withdrawn -> {
                    venues.record(withdrawn);
                    return withdrawn.venue();
                })
                .orElse(current);
    }

    /**
     * Pausing or resuming intake: the venue's own staff, admins, and coordinators inside their territory; the same
     * availability again emits nothing.
     *
     * @throws OutsideTerritoryException for a coordinator when the venue is outside their territory
     */
    public Venue changeAvailability(ChangeAvailability command) {
        if (!VenueAccess.mayEdit(command.editor(), command.venueId())) {
            throw new VenueEditingNotAllowedException(command.venueId());
        }
        Venue current = venue(command.venueId());
        access.requireMayEdit(command.editor(), current);
        return current.changeAvailability(command.intakePaused(), command.weeklyCapacity(),
                        command.answerDelayDays(), command.editor().id(), clock.instant())
                .map(changed -> {
                    venues.record(changed);
                    return changed.venue();
                })
                .orElse(current);
    }

    /** Newest first; readable by its staff, admins and coordinators (of any territory: this is a read). */
    public List<VenueHistoryEntry> history(String venueId, Caller caller) {
        if (!VenueAccess.mayEdit(caller, venueId)) {
            throw new VenueHistoryNotAllowedException(venueId);
        }
        return venues.history(venueId).orElseThrow(() -> new VenueNotFoundException(venueId));
    }

    private Venue venue(String id) {
        return venues.byId(id).orElseThrow(() -> new VenueNotFoundException(id));
    }
}
