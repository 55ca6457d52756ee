/** {@code GET /api/venues/search} and {@code GET /api/territory/coverage}, their views and problems. */
package fr.inclusion.orientation.venue.search.web;
