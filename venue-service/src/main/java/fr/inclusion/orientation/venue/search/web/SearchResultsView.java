package fr.inclusion.orientation.venue.search.web;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import fr.inclusion.orientation.venue.search.domain.Constraint;
import fr.inclusion.orientation.venue.search.domain.Match;
import fr.inclusion.orientation.venue.search.domain.SearchableVenue;
import fr.inclusion.orientation.venue.directory.application.StandardVenue;
import fr.inclusion.orientation.venue.directory.domain.OpeningHours;
import fr.inclusion.orientation.venue.directory.domain.Venue;

/**
 * {@code {items:[{venue, distanceKm, score, meetsConstraints, missing[], reasons[], nextOpening?, nextMobileStop?}]}},
 * best first: {@code missing} lists the codes of the constraints asked for that the venue misses ({@code free},
 * {@code evening}, {@code weekend}, {@code mobile}, {@code accessible}; the reasons say each in French), and
 * {@code meetsConstraints} is true when it misses none (additions to API.md).
 */
record SearchResultsView(List<Item> items) {

    static SearchResultsView of(List<Match> matches) {
        return new SearchResultsView(matches.stream().map(Item::of).toList());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(VenueView venue, double distanceKm, double score, boolean meetsConstraints, List<String> missing,
            List<String> reasons, String nextOpening, NextStopView nextMobileStop) {

        static Item of(Match match) {
            return new Item(VenueView.of(match.venue().venue()), round(match.distanceKm()), round(match.score()),
                    match.meetsConstraints(), match.missed().stream().map(Constraint::code).toList(),
                    match.reasons(),
                    match.nextOpening().map(SearchResultsView::isoParis).orElse(null),
                    match.nextMobileStop().map(NextStopView::of).orElse(null));
        }
    }

    /** The venue as {@code GET /api/venues/{id}} shows it. */
    record VenueView(
            @JsonUnwrapped StandardVenue venue,
            @JsonProperty("intake_paused") boolean intakePaused,
            @JsonProperty("active") boolean active,
            @JsonProperty("version") long version) {

        static VenueView of(Venue venue) {
            return new VenueView(StandardVenue.of(venue), venue.intakePaused(), venue.active(), venue.version());
        }
    }

    /** The next stop in the resident's commune and when it takes place. */
    record NextStopView(String at, String commune, int weekday, String from, String to, String place) {

        static NextStopView of(SearchableVenue.NextStop next) {
            return new NextStopView(isoParis(next.at()), next.stop().commune(), next.stop().weekday(),
                    next.stop().from(), next.stop().to(), next.stop().place());
        }
    }

    /** "2026-07-11T09:00:00+02:00". */
    static String isoParis(java.time.LocalDateTime local) {
        return local.atZone(OpeningHours.ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
