package fr.inclusion.orientation.venue.territory.web;

import java.util.List;

/** One page of communes, the API's paged list shape. */
record CommunePageView(List<CommuneView> items, int page, int size, long total) {
}
