package fr.inclusion.orientation.venue.territory.application;

import fr.inclusion.orientation.venue.territory.domain.Epci;
import fr.inclusion.orientation.venue.territory.domain.EpciFragility;

/** An EPCI as served, with its fragility ({@code null} while none of its communes has an index). */
public record EpciProfile(Epci epci, EpciFragility fragility) {
}
