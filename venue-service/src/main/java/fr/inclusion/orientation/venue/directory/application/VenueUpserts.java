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
import fr.inclusion.orientation.venue.directory.domain.ConcurrentVenueChangeException;
import fr.inclusion.orientation.venue.directory.domain.InvalidVenueException;
import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueAlreadyExistsException;
import fr.inclusion.orientation.venue.directory.domain.VenueChange;
import fr.inclusion.orientation.venue.directory.domain.Venues;
import fr.inclusion.orientation.venue.directory.domain.Violation;

/**
 * Register-or-update of many records at once, for imports: a new id is registered ({@code VenueRegistered}), a
 * known one updated when its record differs ({@code VenueUpdated}), and left alone when it does not (the domain
 * returns no change: no version, no event). The same domain operations and rules as {@link VenueDirectory}'s
 * register and update; what differs is the batching (one read for the batch, one write for its new venues), which a
 * 25,000-line file needs. Importers are admins, who write anywhere, or coordinators, whose records outside their
 * territory are rejected by {@link VenueAccess}'s rule (a known venue: both as it is and as the record would make it).
 */
@Service
public class VenueUpserts {

    private final Venues venues;
    private final VenueAccess access;
    private final Clock clock;

    public VenueUpserts(Venues venues, VenueAccess access, Clock clock) {
        this.venues = venues;
        this.access = access;
        this.clock = clock;
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
                    results[i] = update(existing, command, importer, now);
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

    private Result update(Venue existing, RegisterVenue command, Caller importer, Instant now) {
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
}
