package fr.inclusion.orientation.venue.venue.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A lieu d'inclusion numérique in the directory: its national-standard record, the stops of a mobile venue, whether
 * it takes new referrals (intake) and whether it is still listed. Immutable: every change returns the
 * {@link VenueChange} that carries the venue as it is afterwards, and the store writes both together.
 */
public final class Venue {

    /** Above this, a weekly capacity is a typing mistake rather than a venue's real intake. */
    public static final int WEEKLY_CAPACITY_MAX = 10_000;

    private final String id;
    private final VenueDetails details;
    private final List<MobileStop> stops;
    private final boolean intakePaused;
    private final boolean active;
    private final long version;
    private final Integer weeklyCapacity;

    private Venue(String id, VenueDetails details, List<MobileStop> stops, boolean intakePaused, boolean active,
            long version) {
        this(id, details, stops, intakePaused, active, version, null);
    }

    private Venue(String id, VenueDetails details, List<MobileStop> stops, boolean intakePaused, boolean active,
            long version, Integer weeklyCapacity) {
        this.id = id;
        this.details = details;
        this.stops = List.copyOf(stops);
        this.intakePaused = intakePaused;
        this.active = active;
        this.version = version;
        this.weeklyCapacity = weeklyCapacity;
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
        return restore(id, details, stops, intakePaused, active, version, null);
    }

    /** Rebuilds a venue as the store kept it, with the weekly capacity its staff declared ({@code null}: none). */
    public static Venue restore(String id, VenueDetails details, List<MobileStop> stops, boolean intakePaused,
            boolean active, long version, Integer weeklyCapacity) {
        return new Venue(id, details, stops == null ? List.of() : stops, intakePaused, active, version,
                weeklyCapacity);
    }

    /**
     * Replaces the record and stops. Nothing to record when they are the same as now: repeating an update (or
     * re-importing an unchanged line) neither bumps the version nor emits an event.
     */
    public Optional<VenueChange.Updated> update(VenueDetails newDetails, List<MobileStop> newStops, String actor,
            Instant at) {
        return update(newDetails, newStops, actor, at, null);
    }

    /**
     * As {@link #update(VenueDetails, List, String, Instant)}, applying a correction someone proposed: the actor is
     * the approver and the change remembers the proposal and its author.
     */
    public Optional<VenueChange.Updated> update(VenueDetails newDetails, List<MobileStop> newStops, String actor,
            Instant at, ApprovedProposal proposal) {
        List<MobileStop> checkedStops = newStops == null ? List.of() : newStops;
        enforce(VenueRules.check(id, newDetails, checkedStops));
        if (details.equals(newDetails) && stops.equals(checkedStops)) {
            return Optional.empty();
        }
        Venue updated = new Venue(id, newDetails, checkedStops, intakePaused, active, version + 1, weeklyCapacity);
        List<String> changed = ChangedFields.between(details, stops, newDetails, checkedStops);
        return Optional.of(new VenueChange.Updated(UUID.randomUUID(), at, actor, updated, changed, proposal));
    }

    /**
     * Takes the venue out of the directory (retrait): no longer listed or found, takes no referrals; its record and
     * history stay. Withdrawing a withdrawn venue records nothing.
     */
    public Optional<VenueChange.Withdrawn> withdraw(String actor, Instant at) {
        if (!active) {
            return Optional.empty();
        }
        Venue withdrawn = new Venue(id, details, stops, intakePaused, false, version + 1, weeklyCapacity);
        return Optional.of(new VenueChange.Withdrawn(UUID.randomUUID(), at, actor, withdrawn));
    }

    /**
     * Pauses or resumes the intake of new referrals and sets how many referrals a week the venue can take
     * ({@code null}: not said). Nothing to record when both are as they are now.
     *
     * @throws InvalidVenueException when the capacity is negative or above {@value #WEEKLY_CAPACITY_MAX}
     */
    public Optional<VenueChange.AvailabilityChanged> changeAvailability(boolean paused, Integer newWeeklyCapacity,
            String actor, Instant at) {
        if (newWeeklyCapacity != null && (newWeeklyCapacity < 0 || newWeeklyCapacity > WEEKLY_CAPACITY_MAX)) {
            throw new InvalidVenueException(List.of(new Violation("weeklyCapacity",
                    "nombre d'orientations par semaine, de 0 à " + WEEKLY_CAPACITY_MAX + " (reçu "
                            + newWeeklyCapacity + ")")));
        }
        List<String> changed = new ArrayList<>();
        if (paused != intakePaused) {
            changed.add(ChangedFields.INTAKE_PAUSED);
        }
        if (!Objects.equals(newWeeklyCapacity, weeklyCapacity)) {
            changed.add(ChangedFields.WEEKLY_CAPACITY);
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        Venue changedVenue = new Venue(id, details, stops, paused, active, version + 1, newWeeklyCapacity);
        return Optional.of(new VenueChange.AvailabilityChanged(UUID.randomUUID(), at, actor, changedVenue, changed));
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

    /** Referrals a week the venue says it can take; {@code null} when it did not say. */
    public Integer weeklyCapacity() {
        return weeklyCapacity;
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
