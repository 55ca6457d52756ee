/**
 * The venue directory: owns the venues (lieux d'inclusion numérique) in the national standard with their mobile
 * stops and intake state, their registration and updates, and the {@code venue.venue-events} stream.
 */
package fr.inclusion.orientation.venue.directory;
