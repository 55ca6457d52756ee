/** Events of the venue stream ({@code venue.venue-events}), published by venue-service. */
package fr.inclusion.orientation.contracts.venue;
