package fr.inclusion.orientation.plantedwebinapplication.venues.web;

public record VenueView(String name) {
}
