package fr.inclusion.orientation.web.coordinator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The territory's map drawn by the server as SVG path data: longitudes and latitudes projected equirectangularly
 * (longitudes shrunk by the cosine of the mean latitude, so that a kilometre is about as long both ways), the view
 * box fitted to the communes' bounding box, {@link #WIDTH} units wide. No tile, no script: the page works as is.
 *
 * @param minLon the west edge, drawn at the margin
 * @param maxLat the north edge, drawn at the margin
 * @param cosLat the cosine of the mean latitude, shrinking the longitudes
 * @param scale  drawing units per degree of latitude
 * @param height the drawing's height, {@link #WIDTH} being its width
 */
record TerritoryMap(double minLon, double maxLat, double cosLat, double scale, double height) {

    static final double WIDTH = 1000;
    private static final double MARGIN = 10;

    /** A ring as the contours API gives it: closed lists of {@code [longitude, latitude]}. */
    record Ring(List<double[]> points) {
    }

    /** The IFN class of a commune: its CSS class and what the legend says of it. */
    enum FragilityClass {
        LOW("carte-ifn-1", "IFN de 1 à moins de 4 : peu fragile"),
        MEDIUM("carte-ifn-2", "IFN de 4 à moins de 6"),
        HIGH("carte-ifn-3", "IFN de 6 à moins de 8"),
        VERY_HIGH("carte-ifn-4", "IFN de 8 à 10 : très fragile"),
        UNKNOWN("carte-ifn-inconnu", "IFN non renseigné");

        private final String css;
        private final String label;

        FragilityClass(String css, String label) {
            this.css = css;
            this.label = label;
        }

        public String css() {
            return css;
        }

        public String label() {
            return label;
        }

        static FragilityClass of(Double ifn) {
            if (ifn == null || ifn.isNaN()) {
                return UNKNOWN;
            }
            if (ifn < 4) {
                return LOW;
            }
            if (ifn < 6) {
                return MEDIUM;
            }
            return ifn < 8 ? HIGH : VERY_HIGH;
        }
    }

    /** The projection fitted to every point of these rings; empty when there is none. */
    static Optional<TerritoryMap> fitting(List<Ring> rings) {
        double minLon = Double.POSITIVE_INFINITY;
        double maxLon = Double.NEGATIVE_INFINITY;
        double minLat = Double.POSITIVE_INFINITY;
        double maxLat = Double.NEGATIVE_INFINITY;
        for (Ring ring : rings) {
            for (double[] p : ring.points()) {
                minLon = Math.min(minLon, p[0]);
                maxLon = Math.max(maxLon, p[0]);
                minLat = Math.min(minLat, p[1]);
                maxLat = Math.max(maxLat, p[1]);
            }
        }
        if (minLon > maxLon) {
            return Optional.empty();
        }
        double cosLat = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * cosLat, 1e-6);
        double spanY = Math.max(maxLat - minLat, 1e-6);
        double scale = (WIDTH - 2 * MARGIN) / spanX;
        return Optional.of(new TerritoryMap(minLon, maxLat, cosLat, scale, Math.ceil(spanY * scale + 2 * MARGIN)));
    }

    String viewBox() {
        return "0 0 " + number(WIDTH) + " " + number(height);
    }

    double x(double lon) {
        return MARGIN + (lon - minLon) * cosLat * scale;
    }

    double y(double lat) {
        return MARGIN + (maxLat - lat) * scale;
    }

    /** Whether a point falls in the drawing (a venue's coordinates outside the territory's box are left out). */
    boolean contains(double lon, double lat) {
        double x = x(lon);
        double y = y(lat);
        return x >= 0 && x <= WIDTH && y >= 0 && y <= height;
    }

    /** {@code M x y L x y … Z} for each ring: holes are drawn by the even-odd rule. */
    String path(List<Ring> rings) {
        StringBuilder d = new StringBuilder();
        for (Ring ring : rings) {
            List<double[]> points = ring.points();
            if (points.size() < 3) {
                continue;
            }
            String first = null;
            String last = null;
            for (double[] p : points) {
                String point = number(x(p[0])) + " " + number(y(p[1]));
                if (point.equals(last)) {
                    continue;
                }
                d.append(first == null ? "M" : "L").append(point);
                first = first == null ? point : first;
                last = point;
            }
            if (first != null && first.equals(last)) {
                // the ring's closing point: Z draws that side
                d.setLength(d.length() - ("L" + last).length());
            }
            d.append("Z");
        }
        return d.toString();
    }

    /** A point to pin a commune's bus stop on: the mean of its largest ring's vertices. */
    static double[] anchor(List<Ring> rings) {
        Ring largest = null;
        for (Ring ring : rings) {
            if (largest == null || ring.points().size() > largest.points().size()) {
                largest = ring;
            }
        }
        if (largest == null || largest.points().isEmpty()) {
            return null;
        }
        double lon = 0;
        double lat = 0;
        for (double[] p : largest.points()) {
            lon += p[0];
            lat += p[1];
        }
        return new double[] {lon / largest.points().size(), lat / largest.points().size()};
    }

    static List<Ring> rings(JsonNode rings) {
        List<Ring> result = new ArrayList<>();
        for (JsonNode ring : rings) {
            List<double[]> points = new ArrayList<>();
            for (JsonNode point : ring) {
                if (point.size() >= 2 && point.get(0).isNumber() && point.get(1).isNumber()) {
                    points.add(new double[] {point.get(0).asDouble(), point.get(1).asDouble()});
                }
            }
            if (!points.isEmpty()) {
                result.add(new Ring(points));
            }
        }
        return result;
    }

    /** One decimal is a tenth of a unit: about 10 m across a département drawn 1000 units wide. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
