package fr.inclusion.orientation.venue.directory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

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

    /** The venues of the directory among these ids, by id, read at once (imports look up a whole batch). */
    Map<String, Venue> byIds(Collection<String> ids);

    /**
     * Records many registrations at once, each venue with its event in its own document, in as few writes as the
     * store allows. Returns the ids found already in the directory: those were not registered (someone registered
     * them in between); every other one was.
     */
    Set<String> registerAll(List<VenueChange.Registered> registrations);

    /**
     * Listed (active) venues in id order, of one département when given: its code starts the venue's INSEE code,
     * or its postal code when the venue has no INSEE code. The caller closes the stream.
     */
    Stream<Venue> listedInDepartement(String departement);
}
