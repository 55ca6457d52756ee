package fr.inclusion.orientation.venue.territory.application;

import java.util.List;

/** One page of communes and how many match in all. */
public record CommunePage(List<CommuneProfile> items, long total) {
}
