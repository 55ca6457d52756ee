package fr.inclusion.orientation.venue.directory.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.venue.directory.domain.VenueAlreadyExistsException;
import fr.inclusion.orientation.venue.directory.domain.Venues;

/**
 * The demo dataset (venues of the CC du Pays de Revigny-sur-Ornain with invented details, marked as such), kept in
 * {@code demo/venues.json} in the standard's exchange form. Venues go through {@link VenueDirectory#register} like
 * any other, so their events reach the other services. Only venues whose id is not in the directory yet are
 * registered: a second start adds nothing, and venues added to the file later reach an existing installation.
 */
@Component
public class DemoVenues {

    /** Recorded as the author of demo registrations. */
    public static final String ACTOR = "demo-data";

    private static final Logger log = LoggerFactory.getLogger(DemoVenues.class);

    private final VenueDirectory directory;
    private final Venues venues;
    private final JsonMapper json;
    private final Resource dataset;

    public DemoVenues(VenueDirectory directory, Venues venues, JsonMapper json,
            @Value("${orientation.demo-data.location:classpath:demo/venues.json}") Resource dataset) {
        this.directory = directory;
        this.venues = venues;
        this.json = json;
        this.dataset = dataset;
    }

    public List<StandardVenue> dataset() {
        try (InputStream in = dataset.getInputStream()) {
            return json.readerForListOf(StandardVenue.class).readValue(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo venues from " + dataset, e);
        }
    }

    /** Registers the demo venues missing from the directory; returns how many were registered. */
    public int load() {
        int registered = 0;
        for (StandardVenue venue : dataset()) {
            if (venues.exists(venue.id())) {
                continue;
            }
            try {
                directory.registerDemo(RegisterVenue.from(venue, ACTOR));
                registered++;
            } catch (VenueAlreadyExistsException e) {
                // another instance started at the same time and registered it first
            }
        }
        log.info("Demo data: {} venue(s) registered", registered);
        return registered;
    }
}
