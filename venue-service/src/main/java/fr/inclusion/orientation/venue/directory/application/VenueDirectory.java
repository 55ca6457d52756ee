package fr.inclusion.orientation.venue.directory.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.territory.application.OutsideTerritoryException;
import fr.inclusion.orientation.venue.directory.domain.ConcurrentVenueChangeException;
import fr.inclusion.orientation.venue.directory.domain.InvalidVenueException;
import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueAlreadyExistsException;
import fr.inclusion.orientation.venue.directory.domain.VenueChange;
import fr.inclusion.orientation.venue.directory.domain.VenueFilter;
import fr.inclusion.orientation.venue.directory.domain.VenueHistoryEntry;
import fr.inclusion.orientation.venue.directory.domain.VenueNotFoundException;
import fr.inclusion.orientation.venue.directory.domain.VenuePage;
import fr.inclusion.orientation.venue.directory.domain.Venues;
import fr.inclusion.orientation.venue.directory.domain.Violation;

/**
 * Keeping the directory: registering and updating venues (one by one, or many at once for imports), looking them up, and a venue's life beside its record:
 * withdrawing it, its availability for referrals (intake paused, weekly capacity, answer delay), the history of who
 * changed what. Each change is stored with its event. Who may write which venue is {@link VenueAccess}'s rule.
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
        return recorded(current.withdraw(caller.id(), clock.instant()), current);
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
        return recorded(current.changeAvailability(command.intakePaused(), command.weeklyCapacity(),
                command.answerDelayDays(), command.editor().id(), clock.instant()), current);
    }

    /** Newest first; readable by its staff, admins and coordinators (of any territory: this is a read). */
    public List<VenueHistoryEntry> history(String venueId, Caller caller) {
        if (!VenueAccess.mayEdit(caller, venueId)) {
            throw new VenueHistoryNotAllowedException(venueId);
        }
        return venues.history(venueId).orElseThrow(() -> new VenueNotFoundException(venueId));
    }

    /** What a record did to the directory. */
    public enum Outcome { REGISTERED, UPDATED, UNCHANGED, REJECTED }

    /**
     * @param violations why the record was rejected (fields named as in the standard); empty otherwise
     */
    public record Result(String id, Outcome outcome, List<Violation> violations) {

        static Result of(String id, Outcome outcome) {
            return new Result(id, outcome, List.of());
        }

        static Result rejected(String id, List<Violation> violations) {
            return new Result(id, Outcome.REJECTED, List.copyOf(violations));
        }
    }

    /**
     * Register-or-update of many records at once, for imports: a new id is registered ({@code VenueRegistered}), a
     * known one updated when its record differs ({@code VenueUpdated}), and left alone when it does not (the domain
     * returns no change: no version, no event). The same domain operations and rules as {@link #register} and
     * {@link #update}; what differs is the batching (one read for the batch, one write for its new venues), which a
     * 25,000-line file needs. Importers are admins, who write anywhere, or coordinators, whose records outside their
     * territory are rejected by {@link VenueAccess}'s rule (a known venue: both as it is and as the record would make
     * it).
     * <p>
     * Applies each command, returning one result per command in the same order. A command that breaks the rules,
     * repeats an id of the same batch or meets a concurrent change is rejected; the others are recorded all the
     * same. {@code stops} {@code null} in a command keeps the stops the venue has (the national standard has none).
     * A record the importer may not write (outside a coordinator's territory) is rejected, naming {@code code_insee}
     * or the stop at fault.
     */
    public List<Result> upsert(List<RegisterVenue> commands, Caller importer) {
        Instant now = clock.instant();
        Map<String, Venue> current = venues.byIds(commands.stream().map(RegisterVenue::id)
                .filter(Objects::nonNull).map(String::strip).distinct().toList());
        Result[] results = new Result[commands.size()];
        List<VenueChange.Registered> registrations = new ArrayList<>();
        List<Integer> registrationPositions = new ArrayList<>();
        Set<String> seen = new HashSet<>();

        for (int i = 0; i < commands.size(); i++) {
            RegisterVenue command = commands.get(i);
            String id = command.id() == null ? null : command.id().strip();
            if (id != null && !seen.add(id)) {
                results[i] = Result.rejected(id, List.of(new Violation("id", "identifiant en double dans le lot")));
                continue;
            }
            try {
                Venue existing = id == null ? null : current.get(id);
                if (existing == null) {
                    VenueChange.Registered registered = Venue.register(command.id(), command.details(),
                            command.stops(), command.actor(), now);
                    List<Violation> outside = outside(importer, registered.venue(), "");
                    if (outside.isEmpty()) {
                        registrations.add(registered);
                        registrationPositions.add(i);
                    } else {
                        results[i] = Result.rejected(id, outside);
                    }
                } else {
                    results[i] = upsertExisting(existing, command, importer, now);
                }
            } catch (InvalidVenueException e) {
                results[i] = Result.rejected(id, e.violations());
            }
        }

        Set<String> alreadyRegistered = venues.registerAll(registrations);
        for (int r = 0; r < registrations.size(); r++) {
            String id = registrations.get(r).venue().id();
            results[registrationPositions.get(r)] = alreadyRegistered.contains(id)
                    ? Result.rejected(id, List.of(new Violation("id",
                            "ce lieu vient d'être enregistré par quelqu'un d'autre ; réimportez cette ligne")))
                    : Result.of(id, Outcome.REGISTERED);
        }
        return Arrays.asList(results);
    }

    private Result upsertExisting(Venue existing, RegisterVenue command, Caller importer, Instant now) {
        List<Violation> outsideNow = outside(importer, existing, "le lieu déjà enregistré sous cet identifiant : ");
        if (!outsideNow.isEmpty()) {
            return Result.rejected(existing.id(), outsideNow);
        }
        List<MobileStop> stops = command.stops() == null ? existing.stops() : command.stops();
        Optional<VenueChange.Updated> change = existing.update(command.details(), stops, command.actor(), now);
        if (change.isEmpty()) {
            return Result.of(existing.id(), Outcome.UNCHANGED);
        }
        List<Violation> outsideAfter = outside(importer, change.get().venue(), "");
        if (!outsideAfter.isEmpty()) {
            return Result.rejected(existing.id(), outsideAfter);
        }
        try {
            venues.record(change.get());
            return Result.of(existing.id(), Outcome.UPDATED);
        } catch (ConcurrentVenueChangeException | VenueAlreadyExistsException e) {
            return Result.rejected(existing.id(), List.of(new Violation("id",
                    "ce lieu a été modifié au même moment par quelqu'un d'autre ; réimportez cette ligne")));
        }
    }

    private List<Violation> outside(Caller importer, Venue venue, String prefix) {
        return access.outside(importer, venue).stream()
                .map(o -> new Violation(o.field(), prefix + o.reason())).toList();
    }

    public Venue venue(String id) {
        return venues.byId(id).orElseThrow(() -> new VenueNotFoundException(id));
    }

    public VenuePage find(VenueFilter filter, int page, int size) {
        return venues.find(filter, page, size);
    }

    /** The venue after the change, stored with its event; {@code current} when nothing changed. */
    private Venue recorded(Optional<? extends VenueChange> change, Venue current) {
        change.ifPresent(venues::record);
        return change.<Venue>map(VenueChange::venue).orElse(current);
    }
}
