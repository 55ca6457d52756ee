package fr.inclusion.orientation.plantedstoreinweb.venues.web;

import fr.inclusion.orientation.plantedstoreinweb.venues.persistence.VenueStore;

/** Planted: a controller reading the store directly. */
public class VenueController {

    private final VenueStore store = new VenueStore();

    public String show(String id) {
        return store.name(id);
    }
}
