package fr.inclusion.orientation.plantedwebinapplication.venues.application;

import fr.inclusion.orientation.plantedwebinapplication.venues.web.VenueView;

/** Planted: the application builds its controller's view. */
public class VenueDesk {

    public VenueView show(String name) {
        return new VenueView(name);
    }
}
