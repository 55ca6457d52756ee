package fr.inclusion.orientation.plantedthrowable.venues.domain;

/** Planted: a thrown type whose name does not say so. */
public class VenueNotFound extends RuntimeException {

    public VenueNotFound(String id) {
        super("Lieu introuvable : " + id);
    }
}
