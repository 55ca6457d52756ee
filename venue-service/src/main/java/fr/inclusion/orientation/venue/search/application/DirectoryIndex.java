package fr.inclusion.orientation.venue.search.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.venue.search.domain.GeoPoint;
import fr.inclusion.orientation.venue.search.domain.VenueIndex;
import fr.inclusion.orientation.venue.territory.domain.Communes;
import fr.inclusion.orientation.venue.directory.domain.VenueStored;
import fr.inclusion.orientation.venue.directory.domain.Venues;

/**
 * The search index of the directory: built from the store when the service starts, then kept current by every
 * {@link VenueStored} the store publishes after a write (register, update, import, availability, withdrawal), in
 * the writer's thread, so that a search right after a write already sees it.
 */
@Component
public class DirectoryIndex {

    private static final Logger log = LoggerFactory.getLogger(DirectoryIndex.class);

    private final VenueIndex index;

    public DirectoryIndex(Venues venues, Communes communes) {
        this.index = new VenueIndex(code -> communes.byCode(code)
                .map(commune -> new GeoPoint(commune.latitude(), commune.longitude())));
        long start = System.nanoTime();
        venues.forEachActive(index::apply);
        log.info("Search index built from the store: {} venues in {} ms", index.size(),
                (System.nanoTime() - start) / 1_000_000);
    }

    public VenueIndex index() {
        return index;
    }

    /** The write is stored whatever happens here: a failure must not turn it into an error for the writer. */
    @EventListener
    void on(VenueStored stored) {
        try {
            index.apply(stored.venue());
        } catch (RuntimeException e) {
            log.error("Search index not updated for venue {} v{}", stored.venue().id(), stored.venue().version(), e);
        }
    }
}
