package fr.inclusion.orientation.venue.directory.domain;

/**
 * Criteria of a directory listing; absent criteria do not filter.
 *
 * @param commune INSEE code (the venue's commune or one where a mobile venue stops) or a commune name
 * @param service one value of the standard's {@code services}
 * @param text    words found in the name, commune or address, ignoring case and accents
 */
public record VenueFilter(String commune, String service, String text) {

    public VenueFilter {
        commune = VenueDetails.clean(commune);
        service = VenueDetails.clean(service);
        text = VenueDetails.clean(text);
    }
}
