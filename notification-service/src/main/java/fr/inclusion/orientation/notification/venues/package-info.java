/**
 * The places notifications name: a read model of venues (name, commune, public e-mail addresses) fed by
 * venue-service's events ({@code venue.venue-events}, its own consumer group and dead-letter topic), and the names
 * of communes from the territory reference file.
 */
package fr.inclusion.orientation.notification.venues;
