/**
 * Use cases of the directory (register, update, look up, list), the national-standard exchange form shared by the
 * API, the demo data and imports, and the demo data loader.
 */
package fr.inclusion.orientation.venue.directory.application;
