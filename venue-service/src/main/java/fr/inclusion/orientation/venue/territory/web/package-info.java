/** {@code /api/territory}: communes, EPCI and the import of the fragility index, with their problem details. */
package fr.inclusion.orientation.venue.territory.web;
