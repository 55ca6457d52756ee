package fr.inclusion.orientation.plantedouterring.venues.domain;

import fr.inclusion.orientation.plantedouterring.venues.persistence.VenueDocument;

/** Planted: a domain class that knows its stored form. */
public record Venue(String name) {

    public VenueDocument stored() {
        return new VenueDocument(name);
    }
}
