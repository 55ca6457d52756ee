/**
 * Reading the territory (communes with their fragility, EPCI), importing the fragility index, and where a
 * coordinator may write ({@code TerritoryScope}, the one home of that rule).
 */
package fr.inclusion.orientation.venue.territory.application;
