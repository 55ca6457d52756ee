package fr.inclusion.orientation.venue.directory.domain;

import java.util.List;

/** One page of a listing and how many venues match in total. */
public record VenuePage(List<Venue> items, long total) {
}
