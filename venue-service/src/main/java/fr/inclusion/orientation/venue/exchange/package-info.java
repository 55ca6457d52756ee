/**
 * Exchange of venues in the national standard (schéma des lieux de médiation numérique): imports of CSV or JSON
 * files as asynchronous jobs whose progress is kept in {@code import_jobs}, and exports in the same format, so that
 * a file exported then imported again changes nothing.
 */
package fr.inclusion.orientation.venue.exchange;
