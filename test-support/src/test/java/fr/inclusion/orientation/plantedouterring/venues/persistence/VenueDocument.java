package fr.inclusion.orientation.plantedouterring.venues.persistence;

public record VenueDocument(String name) {
}
