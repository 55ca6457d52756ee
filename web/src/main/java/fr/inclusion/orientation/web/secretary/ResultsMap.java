package fr.inclusion.orientation.web.secretary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small map of the results drawn as inline SVG, without any tile server: the resident's commune at the centre,
 * each place at its distance and bearing from it (an equirectangular projection is exact enough over a few tens of
 * kilometres), and rings every few kilometres to read distances. The list of results is its text alternative.
 */
record ResultsMap(String viewBox, List<Point> points, List<Ring> rings, String communeName, int missing) {

    /** Half the drawing's width in SVG units; points stay inside with room for their label. */
    static final double HALF = 150;
    private static final double INNER = 125;
    private static final double KM_PER_DEGREE_LAT = 110.574;
    private static final double KM_PER_DEGREE_LON_AT_EQUATOR = 111.320;
    private static final double[] STEPS = {0.5, 1, 2, 5, 10, 20, 50, 100};

    /** A numbered place; {@code number} is its rank in the list. */
    record Point(int number, String name, String x, String y, boolean mobile) {
    }

    /** A distance ring with its label ("5 km") at its top. */
    record Ring(String r, String labelY, String label) {
    }

    /** A place to draw: its rank, name, coordinates (null when the record has none) and whether it moves. */
    record Place(int number, String name, Double latitude, Double longitude, boolean mobile) {
    }

    /** Null when the commune has no coordinates or no place has any: nothing worth drawing. */
    static ResultsMap of(String communeName, double latitude, double longitude, List<Place> places) {
        double cos = Math.cos(Math.toRadians(latitude));
        List<double[]> offsets = new ArrayList<>();
        List<Place> drawn = new ArrayList<>();
        for (Place place : places) {
            if (place.latitude() == null || place.longitude() == null) {
                continue;
            }
            double east = (place.longitude() - longitude) * KM_PER_DEGREE_LON_AT_EQUATOR * cos;
            double north = (place.latitude() - latitude) * KM_PER_DEGREE_LAT;
            offsets.add(new double[] {east, north});
            drawn.add(place);
        }
        if (drawn.isEmpty()) {
            return null;
        }
        double farthest = offsets.stream().mapToDouble(o -> Math.hypot(o[0], o[1])).max().orElse(0);
        double step = step(Math.max(farthest, 1));
        int ringCount = (int) Math.ceil(Math.max(farthest, step) / step);
        double radiusKm = ringCount * step;
        double scale = INNER / radiusKm;

        List<Point> points = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            Place place = drawn.get(i);
            points.add(new Point(place.number(), place.name(), number(offsets.get(i)[0] * scale),
                    number(-offsets.get(i)[1] * scale), place.mobile()));
        }
        List<Ring> rings = new ArrayList<>();
        for (int i = 1; i <= ringCount; i++) {
            double r = i * step * scale;
            rings.add(new Ring(number(r), number(-r + 12), kilometres(i * step)));
        }
        return new ResultsMap(number(-HALF) + " " + number(-HALF) + " " + number(2 * HALF) + " " + number(2 * HALF),
                points, rings, communeName, places.size() - drawn.size());
    }

    /** The ring spacing that draws at most four rings. */
    private static double step(double farthestKm) {
        for (double step : STEPS) {
            if (farthestKm / step <= 4) {
                return step;
            }
        }
        return Math.ceil(farthestKm / 4 / 100) * 100;
    }

    private static String kilometres(double km) {
        return (km == Math.rint(km) ? String.valueOf((long) km) : String.format(Locale.FRENCH, "%.1f", km)) + " km";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
