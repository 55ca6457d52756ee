package fr.inclusion.orientation.venue.territory.domain;

/**
 * An EPCI (établissement public de coopération intercommunale, intercommunalité) by its SIREN. {@code departement} is
 * the département holding most of its population, where it is counted (an EPCI may reach over a border: CC Coeur du
 * Pays Haut, counted in 54, has one commune in Meuse). {@code communes} and {@code population} are the whole EPCI's.
 */
public record Epci(String siren, String nom, String departement, int communes, long population) {
}
