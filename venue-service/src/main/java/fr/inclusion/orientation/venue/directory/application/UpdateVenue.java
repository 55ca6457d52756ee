package fr.inclusion.orientation.venue.directory.application;

import java.util.List;

import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.directory.domain.ApprovedProposal;
import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.VenueDetails;

/**
 * Replace a venue's record and stops.
 *
 * @param expectedVersion the version the editor saw (from {@code If-Match}); {@code null} to update whatever the
 *                        current version is
 * @param proposal        the approved proposal this update applies ({@code editor} approved it), or {@code null}
 */
public record UpdateVenue(String id, VenueDetails details, List<MobileStop> stops, Long expectedVersion,
        Caller editor, ApprovedProposal proposal) {

    /** A direct edit by {@code editor}. */
    public UpdateVenue(String id, VenueDetails details, List<MobileStop> stops, Long expectedVersion, Caller editor) {
        this(id, details, stops, expectedVersion, editor, null);
    }

    public static UpdateVenue from(String id, StandardVenue venue, Long expectedVersion, Caller editor) {
        return new UpdateVenue(id, venue.toDetails(), venue.toStops(), expectedVersion, editor);
    }
}
