package fr.inclusion.orientation.venue.territory.domain;

import java.util.Collection;
import java.util.Map;

/** Port: the communes' simplified contours, as last imported. */
public interface Contours {

    /** The contours of those of these communes that have one, by INSEE code. */
    Map<String, Contour> ofCommunes(Collection<String> communeCodes);

    /** Replaces the contour of these communes (one document per commune; others are kept). */
    void saveAll(Collection<Contour> contours);
}
