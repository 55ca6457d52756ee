package fr.inclusion.orientation.venue.venue.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A lieu d'inclusion numérique in the directory: its national-standard record, the stops of a mobile venue, whether
 * it takes new referrals (intake) and whether it is still listed. Immutable: every change returns the
 * {@link VenueChange} that carries the venue as it is afterwards, and the store writes both together.
 */
public final class Venue {

    private final String id;
    private final VenueDetails details;
    private final List<MobileStop> stops;
    private final boolean intakePaused;
    private final boolean active;
    private final long version;

    private Venue(String id, VenueDetails details, List<MobileStop> stops, boolean intakePaused, boolean active,
            long version) {
        this.id = id;
        this.details = details;
        this.stops = List.copyOf(stops);
        this.intakePaused = intakePaused;
        this.active = active;
        this.version = version;
    }

    /** Enters a new venue in the directory at version 1, listed and taking referrals. */
    public static VenueChange.Registered register(String id, VenueDetails details, List<MobileStop> stops,
            String actor, Instant at) {
        List<MobileStop> checkedStops = stops == null ? List.of() : stops;
        enforce(VenueRules.check(id, details, checkedStops));
        Venue venue = new Venue(id.strip(), details, checkedStops, false, true, 1);
        return new VenueChange.Registered(UUID.randomUUID(), at, actor, venue);
    }

    /** Rebuilds a venue as the store kept it; it passed the rules when it was written. */
    public static Venue restore(String id, VenueDetails details, List<MobileStop> stops, boolean intakePaused,
            boolean active, long version) {
        return new Venue(id, details, stops == null ? List.of() : stops, intakePaused, active, version);
    }

    /**
     * Replaces the record and stops. Nothing to record when they are the same as now: repeating an update (or
     * re-importing an unchanged line) neither bumps the version nor emits an event.
     */
    public Optional<VenueChange.Updated> update(VenueDetails newDetails, List<MobileStop> newStops, String actor,
            Instant at) {
        List<MobileStop> checkedStops = newStops == null ? List.of() : newStops;
        enforce(VenueRules.check(id, newDetails, checkedStops));
        if (details.equals(newDetails) && stops.equals(checkedStops)) {
            return Optional.empty();
        }
        Venue updated = new Venue(id, newDetails, checkedStops, intakePaused, active, version + 1);
        return Optional.of(new VenueChange.Updated(UUID.randomUUID(), at, actor, updated));
    }

    private static void enforce(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidVenueException(violations);
        }
    }

    public String id() {
        return id;
    }

    public VenueDetails details() {
        return details;
    }

    public List<MobileStop> stops() {
        return stops;
    }

    public boolean intakePaused() {
        return intakePaused;
    }

    public boolean active() {
        return active;
    }

    /** 1 once registered, plus one per recorded change. */
    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Venue[" + id + " v" + version + "]";
    }
}
