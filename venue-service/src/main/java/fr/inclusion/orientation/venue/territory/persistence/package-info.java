/** Reference communes from the reference module (and imported départements); the fragility index kept in Mongo. */
package fr.inclusion.orientation.venue.territory.persistence;
