/**
 * The read model of venues, fed by venue-service's events ({@code venue.venue-events}): what referral-service needs
 * to know about a venue (exists, active, services offered, intake paused, answer delay) without calling
 * venue-service.
 */
package fr.inclusion.orientation.referral.venues;
