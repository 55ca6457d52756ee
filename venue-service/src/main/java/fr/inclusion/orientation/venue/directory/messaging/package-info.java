/**
 * The venue stream ({@code venue.venue-events}): mapping of the domain's changes to event-contracts events and the
 * relay that publishes the outbox of the {@code venues} collection.
 */
package fr.inclusion.orientation.venue.directory.messaging;
