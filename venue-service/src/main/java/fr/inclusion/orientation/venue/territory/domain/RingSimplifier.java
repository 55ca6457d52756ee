package fr.inclusion.orientation.venue.territory.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Simplifies a closed ring for drawing: Douglas-Peucker with a tolerance in degrees, then coordinates rounded.
 * A ring that would keep fewer than 4 positions keeps its rounded positions instead, so no commune vanishes.
 */
public final class RingSimplifier {

    /** About 100 m at the latitude of France: invisible on a département map. */
    public static final double TOLERANCE = 0.001;
    /** Four decimals: about 10 m. */
    private static final double SCALE = 1e4;

    private RingSimplifier() {
    }

    /** @param ring closed ({@code first == last}), at least 4 positions {@code [lon, lat]} */
    public static List<List<Double>> simplify(List<double[]> ring, double tolerance) {
        boolean[] keep = new boolean[ring.size()];
        keep[0] = true;
        keep[ring.size() - 1] = true;
        // a closed ring: split at the position farthest from the first, so that both halves are open lines
        int far = farthestFrom(ring, 0);
        keep[far] = true;
        douglasPeucker(ring, 0, far, tolerance, keep);
        douglasPeucker(ring, far, ring.size() - 1, tolerance, keep);
        List<List<Double>> kept = rounded(ring, keep);
        if (kept.size() < 4) {
            boolean[] all = new boolean[ring.size()];
            java.util.Arrays.fill(all, true);
            kept = rounded(ring, all);
        }
        return kept;
    }

    private static List<List<Double>> rounded(List<double[]> ring, boolean[] keep) {
        List<List<Double>> out = new ArrayList<>();
        for (int i = 0; i < ring.size(); i++) {
            if (!keep[i]) {
                continue;
            }
            List<Double> position = List.of(round(ring.get(i)[0]), round(ring.get(i)[1]));
            if (out.isEmpty() || !out.getLast().equals(position)) {
                out.add(position);
            }
        }
        return out;
    }

    private static double round(double value) {
        return Math.round(value * SCALE) / SCALE;
    }

    private static int farthestFrom(List<double[]> ring, int from) {
        int far = ring.size() / 2;
        double max = -1;
        for (int i = 1; i < ring.size() - 1; i++) {
            double dx = ring.get(i)[0] - ring.get(from)[0];
            double dy = ring.get(i)[1] - ring.get(from)[1];
            double d = dx * dx + dy * dy;
            if (d > max) {
                max = d;
                far = i;
            }
        }
        return far;
    }

    private static void douglasPeucker(List<double[]> points, int first, int last, double tolerance,
            boolean[] keep) {
        if (last <= first + 1) {
            return;
        }
        double max = -1;
        int index = -1;
        for (int i = first + 1; i < last; i++) {
            double d = distance(points.get(i), points.get(first), points.get(last));
            if (d > max) {
                max = d;
                index = i;
            }
        }
        if (max > tolerance) {
            keep[index] = true;
            douglasPeucker(points, first, index, tolerance, keep);
            douglasPeucker(points, index, last, tolerance, keep);
        }
    }

    /** Distance from p to the segment a–b, in degrees (flat: fine at this scale). */
    private static double distance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double length2 = dx * dx + dy * dy;
        double t = length2 == 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
        double ex = a[0] + t * dx - p[0];
        double ey = a[1] + t * dy - p[1];
        return Math.sqrt(ex * ex + ey * ey);
    }
}
