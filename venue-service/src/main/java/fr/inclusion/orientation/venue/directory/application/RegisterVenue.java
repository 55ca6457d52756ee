package fr.inclusion.orientation.venue.directory.application;

import java.util.List;

import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.VenueDetails;

/** Enter a new venue in the directory. {@code actor} is the user id (token subject) or {@code demo-data}. */
public record RegisterVenue(String id, VenueDetails details, List<MobileStop> stops, String actor) {

    public static RegisterVenue from(StandardVenue venue, String actor) {
        return new RegisterVenue(venue.id(), venue.toDetails(), venue.toStops(), actor);
    }
}
