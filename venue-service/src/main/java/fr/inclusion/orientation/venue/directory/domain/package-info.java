/**
 * The venue aggregate and its rules (the national standard's required fields, formats and enumerations), the
 * changes it records and the {@code Venues} port. Plain Java: no Spring, no persistence or wire types.
 */
package fr.inclusion.orientation.venue.directory.domain;
