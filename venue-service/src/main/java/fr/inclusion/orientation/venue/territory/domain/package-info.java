/** Communes, EPCI and fragility: plain values and the ports that serve them. No Spring. */
package fr.inclusion.orientation.venue.territory.domain;
