package fr.inclusion.orientation.venue.territory.application;

import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.domain.Fragility;

/** A commune as served: its reference facts and its fragility index, {@code null} until one is imported. */
public record CommuneProfile(Commune commune, Fragility fragility) {
}
