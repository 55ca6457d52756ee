package fr.inclusion.orientation.venue.directory.web;

import java.util.List;

/** One page of the directory, the API's paged list shape. */
record VenuePageView(List<VenueView> items, int page, int size, long total) {
}
