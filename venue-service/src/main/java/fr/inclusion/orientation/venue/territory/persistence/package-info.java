/** Reference communes read from the classpath; the fragility index kept in Mongo. */
package fr.inclusion.orientation.venue.territory.persistence;
