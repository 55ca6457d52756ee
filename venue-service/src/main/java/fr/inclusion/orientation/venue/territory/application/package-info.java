/** Reading the territory (communes with their fragility, EPCI) and importing the fragility index. */
package fr.inclusion.orientation.venue.territory.application;
