package fr.inclusion.orientation.venue.venue.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** The directory's store (port). */
public interface Venues {

    Optional<Venue> byId(String id);

    boolean exists(String id);

    /**
     * Writes the venue as the change left it together with the change itself, atomically, so that the change is
     * published if and only if it was stored.
     *
     * @throws VenueAlreadyExistsException    when registering an id already in the directory
     * @throws ConcurrentVenueChangeException when the stored venue is no longer at the version the change followed
     */
    void record(VenueChange change);

    /** The venue's last changes, newest first; empty when no venue has this id. */
    Optional<List<VenueHistoryEntry>> history(String id);

    /** Active venues matching the filter, sorted by name, {@code page} counted from 0. */
    VenuePage find(VenueFilter filter, int page, int size);

    /** Every venue still listed, one at a time (the whole directory, to build in-memory views at start). */
    void forEachActive(Consumer<Venue> action);
}
