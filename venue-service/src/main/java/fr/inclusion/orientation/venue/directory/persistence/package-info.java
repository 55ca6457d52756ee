/**
 * The {@code venues} collection: one document per venue holding its record, its version (optimistic locking) and
 * its outbox of events not yet published, written together in one single-document write.
 */
package fr.inclusion.orientation.venue.directory.persistence;
