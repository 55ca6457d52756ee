package fr.inclusion.orientation.venue.directory.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import fr.inclusion.orientation.venue.directory.application.StandardVenue;
import fr.inclusion.orientation.venue.directory.domain.Venue;

/** A venue as the API returns it: its national-standard record and stops, then the network's own state. */
record VenueView(
        @JsonUnwrapped StandardVenue venue,
        @JsonProperty("intake_paused") boolean intakePaused,
        @JsonProperty("active") boolean active,
        @JsonProperty("version") long version,
        @JsonProperty("weekly_capacity") Integer weeklyCapacity,
        @JsonProperty("answer_delay_days") Integer answerDelayDays) {

    static VenueView of(Venue venue) {
        return new VenueView(StandardVenue.of(venue), venue.intakePaused(), venue.active(), venue.version(),
                venue.weeklyCapacity(), venue.answerDelayDays());
    }
}
