package fr.inclusion.orientation.venue.territory.domain;

import java.util.List;

/**
 * The outline of a commune for drawing a map: its rings (outer boundaries and holes, each closed, WGS84
 * {@code [longitude, latitude]}), already simplified.
 */
public record Contour(String communeCode, List<List<List<Double>>> rings) {

    public Contour {
        rings = rings.stream().map(ring -> ring.stream().map(List::copyOf).toList()).toList();
    }
}
