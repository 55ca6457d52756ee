package fr.inclusion.orientation.plantedstoreinweb.venues.persistence;

public class VenueStore {

    public String name(String id) {
        return "Lieu " + id;
    }
}
