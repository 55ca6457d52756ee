package fr.inclusion.orientation.venue.directory.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A lieu d'inclusion numérique in the directory: its national-standard record, the stops of a mobile venue, whether
 * it takes new referrals (intake), within how many working days it answers them, and whether it is still listed.
 * Immutable: every change returns the {@link VenueChange} that carries the venue as it is afterwards, and the store
 * writes both together.
 */
public final class Venue {

    /** Above this, a weekly capacity is a typing mistake rather than a venue's real intake. */
    public static final int WEEKLY_CAPACITY_MAX = 10_000;

    /** Bounds of the answer delay a venue may commit to, in working days (its service level). */
    public static final int ANSWER_DELAY_MIN_DAYS = 1;
    public static final int ANSWER_DELAY_MAX_DAYS = 20;

    private final String id;
    private final VenueDetails details;
    private final List<MobileStop> stops;
    private final boolean intakePaused;
    private final boolean active;
    private final long version;
    private final Integer weeklyCapacity;
    private final Integer answerDelayDays;

    private Venue(String id, VenueDetails details, List<MobileStop> stops, boolean intakePaused, boolean active,
            long version) {
        this(id, details, stops, intakePaused, active, version, null, null);
    }

    private Venue(String id, VenueDetails details, List<MobileStop> stops, boolean intakePaused, boolean active,
            long version, Integer weeklyCapacity, Integer answerDelayDays) {
        this.id = id;
        this.details = details;
        this.stops = List.copyOf(stops);
        this.intakePaused = intakePaused;
        this.active = active;
        this.version = version;
        this.weeklyCapacity = weeklyCapacity;
        this.answerDelayDays = answerDelayDays;
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
        return restore(id, details, stops, intakePaused, active, version, weeklyCapacity, null);
    }

    /**
     * Rebuilds a venue as the store kept it, with the weekly capacity and the answer delay its staff declared
     * ({@code null}: none).
     */
    public static Venue restore(String id, VenueDetails details, List<MobileStop> stops, boolean intakePaused,
            boolean active, long version, Integer weeklyCapacity, Integer answerDelayDays) {
        return new Venue(id, details, stops == null ? List.of() : stops, intakePaused, active, version,
                weeklyCapacity, answerDelayDays);
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
        Venue updated = new Venue(id, newDetails, checkedStops, intakePaused, active, version + 1, weeklyCapacity,
                answerDelayDays);
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
        Venue withdrawn = new Venue(id, details, stops, intakePaused, false, version + 1, weeklyCapacity,
                answerDelayDays);
        return Optional.of(new VenueChange.Withdrawn(UUID.randomUUID(), at, actor, withdrawn));
    }

    /**
     * Pauses or resumes the intake of new referrals, sets how many referrals a week the venue can take and within
     * how many working days it answers one ({@code null}: not said; for the delay, the network's default applies).
     * Nothing to record when all three are as they are now.
     *
     * @throws InvalidVenueException when the capacity is negative or above {@value #WEEKLY_CAPACITY_MAX}, or the
     *                               delay outside {@value #ANSWER_DELAY_MIN_DAYS}..{@value #ANSWER_DELAY_MAX_DAYS}
     */
    public Optional<VenueChange.AvailabilityChanged> changeAvailability(boolean paused, Integer newWeeklyCapacity,
            Integer newAnswerDelayDays, String actor, Instant at) {
        List<Violation> violations = new ArrayList<>();
        if (newWeeklyCapacity != null && (newWeeklyCapacity < 0 || newWeeklyCapacity > WEEKLY_CAPACITY_MAX)) {
            violations.add(new Violation("weeklyCapacity",
                    "nombre d'orientations par semaine, de 0 à " + WEEKLY_CAPACITY_MAX + " (reçu "
                            + newWeeklyCapacity + ")"));
        }
        if (newAnswerDelayDays != null
                && (newAnswerDelayDays < ANSWER_DELAY_MIN_DAYS || newAnswerDelayDays > ANSWER_DELAY_MAX_DAYS)) {
            violations.add(new Violation("answerDelayDays",
                    "délai de réponse en jours ouvrés, de " + ANSWER_DELAY_MIN_DAYS + " à " + ANSWER_DELAY_MAX_DAYS
                            + " (reçu " + newAnswerDelayDays + ")"));
        }
        enforce(violations);
        List<String> changed = new ArrayList<>();
        if (paused != intakePaused) {
            changed.add(ChangedFields.INTAKE_PAUSED);
        }
        if (!Objects.equals(newWeeklyCapacity, weeklyCapacity)) {
            changed.add(ChangedFields.WEEKLY_CAPACITY);
        }
        if (!Objects.equals(newAnswerDelayDays, answerDelayDays)) {
            changed.add(ChangedFields.ANSWER_DELAY_DAYS);
        }
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        Venue changedVenue = new Venue(id, details, stops, paused, active, version + 1, newWeeklyCapacity,
                newAnswerDelayDays);
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

    /**
     * Working days within which the venue commits to answer a referral (its service level); {@code null} when it did
     * not say, and the network's default applies.
     */
    public Integer answerDelayDays() {
        return answerDelayDays;
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
