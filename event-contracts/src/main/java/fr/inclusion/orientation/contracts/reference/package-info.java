/**
 * Events of the reference stream ({@code venue.reference-events}), published by venue-service when an administrator
 * imports a département's reference file: every service learns the communes of that département.
 */
package fr.inclusion.orientation.contracts.reference;
