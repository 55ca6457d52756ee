package fr.inclusion.orientation.venue.directory.domain;

/**
 * The store now holds this venue as it is (registered, updated, imported, paused, withdrawn…): published inside the
 * service after every successful write, so that in-memory views such as the search index follow the directory. Not
 * a venue event of the Kafka stream: those leave through the outbox.
 */
public record VenueStored(Venue venue) {
}
