package fr.inclusion.orientation.venue.search.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoublePredicate;
import java.util.function.Function;

import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.Venue;

/**
 * The listed venues in memory, by need, on a coarse grid, so that a search reads only the venues offering the need
 * that lie near enough to matter, and never the store (mongo-java-server has no geo operators).
 *
 * <p>Layout: per {@code services} value, the venues offering it (1) in grid cells of {@value #CELL_DEGREES}° of
 * latitude × longitude (about 5.5 × 3.7 km in France) by each of their positions, (2) by commune where they stop,
 * and (3) all together. Results are ranked by tier first (how many of the constraints asked for the venue misses,
 * {@link MatchScore#missed}: those meeting all come first), then by score, distance and id. A search takes the
 * venues stopping in the resident's commune (distance 0), then scans the cells in rings around the commune's
 * centroid, nearest ring first, keeping the best {@code limit} matches. It stops when even a perfect venue on the
 * next ring could not beat the last one kept: no better tier than the last one kept (a venue met on the rings does
 * not stop in the commune, so it misses "mobile" when asked), and in the same tier no better score
 * ({@link MatchScore#upperBound}, tightened by {@link MatchScore#bestFitWithoutStopHere}). Within a ring, a venue in
 * a worse tier, or in the same tier too far or too weak even if it were open right now
 * ({@link MatchScore#bestCase}), is passed over before its hours are looked at. When fewer than {@code limit}
 * venues meet every constraint, the scan goes on as far as needed to find those that do. The cost thus
 * depends on how many venues offer the need near the resident, not on the size of the directory. Needs offered by
 * few venues ({@value #LINEAR_BELOW} or fewer) are scanned whole, which is cheaper than walking rings; so is the
 * rest of a need once a scan has looked up four times as many cells as the need has.
 *
 * <p>Thread safety: concurrent maps throughout, and each cell is an immutable array replaced as a whole (copy on
 * write per cell), so a search never sees a half-changed cell; a venue met twice while it changes is kept once.
 * Changes carry the venue's version and are applied one at a time per venue; an older version never replaces a
 * newer one, whatever order the events arrive in.
 */
public final class VenueIndex {

    static final double CELL_DEGREES = 0.05;
    static final int LINEAR_BELOW = 1024;

    private static final double KM_PER_DEGREE = Math.PI / 180 * GeoPoint.EARTH_RADIUS_KM;

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingInt(Scored::missed)
            .thenComparing(Comparator.comparingDouble(Scored::score).reversed())
            .thenComparingDouble(Scored::distanceKm)
            .thenComparing(scored -> scored.venue().id());

    private final Function<String, Optional<GeoPoint>> centroids;
    /** The last version seen per venue id; {@code venue} null once it left the directory. */
    private final ConcurrentHashMap<String, Entry> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, NeedIndex> byNeed = new ConcurrentHashMap<>();

    /**
     * @param centroids the centroid of a commune by INSEE code, when known (venue without coordinates, stops)
     */
    public VenueIndex(Function<String, Optional<GeoPoint>> centroids) {
        this.centroids = centroids;
    }

    /** Takes in the venue as the store now holds it: indexed when listed, removed when withdrawn. */
    public void apply(Venue venue) {
        byId.compute(venue.id(), (id, previous) -> {
            if (previous != null && previous.version() > venue.version()) {
                return previous;
            }
            SearchableVenue before = previous == null ? null : previous.venue();
            SearchableVenue after = venue.active() ? SearchableVenue.of(venue, centroids) : null;
            Set<String> needs = new HashSet<>();
            if (before != null) {
                needs.addAll(before.services());
            }
            if (after != null) {
                needs.addAll(after.services());
            }
            for (String service : needs) {
                byNeed.computeIfAbsent(service, s -> new NeedIndex()).replace(id,
                        before != null && before.services().contains(service) ? before : null,
                        after != null && after.services().contains(service) ? after : null);
            }
            return new Entry(venue.version(), after);
        });
    }

    /** Number of listed venues in the index. */
    public int size() {
        return (int) byId.values().stream().filter(entry -> entry.venue() != null).count();
    }

    public Optional<SearchableVenue> venue(String id) {
        return Optional.ofNullable(byId.get(id)).map(Entry::venue);
    }

    /**
     * The best {@code query.limit()} venues offering the need, best first: those meeting every constraint asked for,
     * then those missing one, two…; by score within each.
     */
    public List<Match> search(SearchQuery query) {
        NeedIndex need = byNeed.get(query.need());
        if (need == null) {
            return List.of();
        }
        PriorityQueue<Scored> kept = new PriorityQueue<>(query.limit() + 1, BEST_FIRST.reversed());
        Set<String> seen = new HashSet<>();
        Visitor consider = (venue, entryDistanceKm) -> {
            List<MobileStop> stopsHere = venue.stopsIn(query.commune());
            double distance = stopsHere.isEmpty() ? entryDistanceKm : 0;
            if (Double.isInfinite(distance)) {
                return;
            }
            int missed = MatchScore.missedCount(venue, query, stopsHere);
            if (kept.size() >= query.limit()) {
                Scored last = kept.peek();
                // cheapest first: a worse tier, then in the same tier too far whatever it offers, then too weak
                // even if open right now
                if (missed > last.missed() || missed == last.missed()
                        && (MatchScore.upperBound(distance) < last.score()
                                || MatchScore.bestCase(venue, query, distance, stopsHere) < last.score())) {
                    return;
                }
            }
            // a venue met twice (several positions, or old and new version during a change) is kept once
            if (!seen.add(venue.id())) {
                return;
            }
            MatchScore.Facts facts = MatchScore.Facts.of(venue, query, distance);
            Scored scored = new Scored(venue, facts, MatchScore.score(venue, query, facts), missed);
            kept.add(scored);
            if (kept.size() > query.limit()) {
                kept.poll();
            }
        };
        // the venues stopping in the commune come first: those met later can only do as well as one that doesn't
        // (missing "mobile" when asked)
        double unseenFit = MatchScore.bestFitWithoutStopHere(query);
        int unseenMissed = query.wants(Constraint.MOBILE) ? 1 : 0;
        DoublePredicate beyondReach = minDistanceKm -> {
            if (kept.size() < query.limit()) {
                return false;
            }
            Scored last = kept.peek();
            return unseenMissed > last.missed() || unseenMissed == last.missed()
                    && MatchScore.upperBound(minDistanceKm) * unseenFit < last.score();
        };
        need.scan(query.origin(), query.commune(), consider, beyondReach);
        List<Scored> best = new ArrayList<>(kept);
        best.sort(BEST_FIRST);
        return best.stream()
                .map(s -> new Match(s.venue(), s.facts().distanceKm(), s.score(),
                        MatchScore.reasons(s.venue(), query, s.facts()),
                        MatchScore.missed(s.venue(), query, s.facts().stopsHere()), s.facts().nextOpening(),
                        s.facts().nextStop()))
                .toList();
    }

    /**
     * The venue offering the service nearest to a commune (0 km when one stops there), whether or not it takes
     * referrals now.
     */
    public Optional<Nearest> nearest(String service, String commune, GeoPoint centroid) {
        NeedIndex need = byNeed.get(service);
        if (need == null) {
            return Optional.empty();
        }
        Nearest[] best = new Nearest[1];
        Visitor consider = (venue, entryDistanceKm) -> {
            double distance = venue.stopsIn(commune).isEmpty() ? entryDistanceKm : 0;
            if (Double.isFinite(distance) && (best[0] == null || distance < best[0].distanceKm()
                    || (distance == best[0].distanceKm() && venue.id().compareTo(best[0].venue().id()) < 0))) {
                best[0] = new Nearest(venue, distance);
            }
        };
        need.scan(centroid, commune, consider, minDistanceKm -> best[0] != null
                && minDistanceKm > best[0].distanceKm());
        return Optional.ofNullable(best[0]);
    }

    static long cellKey(int row, int column) {
        return ((long) row << 32) ^ (column & 0xffffffffL);
    }

    static int row(double latitude) {
        return (int) Math.floor(latitude / CELL_DEGREES);
    }

    static int column(double longitude) {
        return (int) Math.floor(longitude / CELL_DEGREES);
    }

    /**
     * A lower bound of the distance from a point to any cell of ring {@code ring} (cells at Chebyshev distance
     * {@code ring} from the point's cell): the distance to the edge of the square of the inner rings. North-south
     * edges are parallels (exact arc); east-west edges are meridians, whose great circle is no farther than the
     * meridian itself.
     */
    static double minDistanceKm(GeoPoint point, int ring) {
        if (ring == 0) {
            return 0;
        }
        int row = row(point.latitude());
        int column = column(point.longitude());
        double south = point.latitude() - (row - ring + 1) * CELL_DEGREES;
        double north = (row + ring) * CELL_DEGREES - point.latitude();
        double west = point.longitude() - (column - ring + 1) * CELL_DEGREES;
        double east = (column + ring) * CELL_DEGREES - point.longitude();
        double cosLatitude = Math.cos(Math.toRadians(point.latitude()));
        double meridian = Math.min(west, east);
        double meridianKm = meridian >= 90 ? KM_PER_DEGREE * 90 * cosLatitude
                : GeoPoint.EARTH_RADIUS_KM * Math.asin(Math.sin(Math.toRadians(meridian)) * cosLatitude);
        return Math.max(0, Math.min(Math.min(south, north) * KM_PER_DEGREE, meridianKm));
    }

    private record Entry(long version, SearchableVenue venue) {
    }

    /** @param missed how many of the constraints asked for the venue misses: its tier, 0 first */
    private record Scored(SearchableVenue venue, MatchScore.Facts facts, double score, int missed) {

        double distanceKm() {
            return facts.distanceKm();
        }
    }

    /** What a scan hands over: a venue and its distance from the origin (0 when it stops in the commune). */
    @FunctionalInterface
    private interface Visitor {

        void visit(SearchableVenue venue, double distanceKm);
    }

    /**
     * The positions of the venues in one cell, immutable: a change builds a new cell, so a scan reads plain arrays
     * (distances computed from the coordinates without touching the venues) and never a half-changed cell.
     */
    private record Cell(double[] latitudes, double[] longitudes, SearchableVenue[] venues) {

        /** This cell without the entries of {@code id}, plus the positions of {@code venue} in cell {@code key}. */
        Cell replace(String id, SearchableVenue venue, long key) {
            int kept = 0;
            int added = 0;
            for (SearchableVenue entry : venues) {
                kept += entry.id().equals(id) ? 0 : 1;
            }
            if (venue != null) {
                for (int i = 0; i < venue.positionCount(); i++) {
                    added += cellKey(row(venue.latitude(i)), column(venue.longitude(i))) == key ? 1 : 0;
                }
            }
            if (kept + added == 0) {
                return null;
            }
            double[] lats = new double[kept + added];
            double[] lons = new double[kept + added];
            SearchableVenue[] refs = new SearchableVenue[kept + added];
            int n = 0;
            for (int i = 0; i < venues.length; i++) {
                if (!venues[i].id().equals(id)) {
                    lats[n] = latitudes[i];
                    lons[n] = longitudes[i];
                    refs[n++] = venues[i];
                }
            }
            if (venue != null) {
                for (int i = 0; i < venue.positionCount(); i++) {
                    if (cellKey(row(venue.latitude(i)), column(venue.longitude(i))) == key) {
                        lats[n] = venue.latitude(i);
                        lons[n] = venue.longitude(i);
                        refs[n++] = venue;
                    }
                }
            }
            return new Cell(lats, lons, refs);
        }
    }

    private static final Cell EMPTY = new Cell(new double[0], new double[0], new SearchableVenue[0]);

    /** The venues offering one need. */
    private static final class NeedIndex {

        private final ConcurrentHashMap<String, SearchableVenue> all = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<Long, Cell> cells = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<String, Map<String, SearchableVenue>> byStopCommune =
                new ConcurrentHashMap<>();
        /** The rows and columns the cells ever spanned (they only grow): where ring scans can stop. */
        private final AtomicInteger minRow = new AtomicInteger(Integer.MAX_VALUE);
        private final AtomicInteger maxRow = new AtomicInteger(Integer.MIN_VALUE);
        private final AtomicInteger minColumn = new AtomicInteger(Integer.MAX_VALUE);
        private final AtomicInteger maxColumn = new AtomicInteger(Integer.MIN_VALUE);

        /** Replaces {@code before} (null when absent) by {@code after} (null when leaving), cell by cell. */
        void replace(String id, SearchableVenue before, SearchableVenue after) {
            Set<Long> keys = new HashSet<>();
            if (before != null) {
                keys.addAll(cellKeys(before));
            }
            if (after != null) {
                for (int i = 0; i < after.positionCount(); i++) {
                    int row = row(after.latitude(i));
                    int column = column(after.longitude(i));
                    minRow.accumulateAndGet(row, Math::min);
                    maxRow.accumulateAndGet(row, Math::max);
                    minColumn.accumulateAndGet(column, Math::min);
                    maxColumn.accumulateAndGet(column, Math::max);
                }
                keys.addAll(cellKeys(after));
            }
            for (long key : keys) {
                cells.compute(key, (k, cell) -> (cell == null ? EMPTY : cell).replace(id, after, k));
            }
            if (after != null) {
                for (String commune : after.stopCommunes()) {
                    byStopCommune.computeIfAbsent(commune, k -> new ConcurrentHashMap<>()).put(id, after);
                }
                all.put(id, after);
            } else {
                all.remove(id);
            }
            if (before != null) {
                for (String commune : before.stopCommunes()) {
                    if (after == null || !after.stopCommunes().contains(commune)) {
                        Map<String, SearchableVenue> stopping = byStopCommune.get(commune);
                        if (stopping != null) {
                            stopping.remove(id);
                        }
                    }
                }
            }
        }

        private static Set<Long> cellKeys(SearchableVenue venue) {
            Set<Long> keys = new HashSet<>();
            for (int i = 0; i < venue.positionCount(); i++) {
                keys.add(cellKey(row(venue.latitude(i)), column(venue.longitude(i))));
            }
            return keys;
        }

        /**
         * Hands {@code visitor} the venues stopping in the commune, then ring by ring those around the origin,
         * until {@code beyondReach} says that nothing at the next ring's minimum distance can matter. A venue may
         * be handed over more than once.
         */
        void scan(GeoPoint origin, String commune, Visitor visitor, DoublePredicate beyondReach) {
            Map<String, SearchableVenue> stopping = byStopCommune.get(commune);
            if (stopping != null) {
                for (SearchableVenue venue : stopping.values()) {
                    visitor.visit(venue, 0);
                }
            }
            if (all.size() <= LINEAR_BELOW) {
                for (SearchableVenue venue : all.values()) {
                    visitor.visit(venue, venue.distanceKm(origin));
                }
                return;
            }
            if (cells.isEmpty()) {
                return;
            }
            int row = row(origin.latitude());
            int column = column(origin.longitude());
            // rings far from every venue cost lookups for nothing: past this many, reading all left is cheaper
            long lookupsLeft = 4L * cells.size() + 64;
            int lastRing = Math.max(Math.max(row - minRow.get(), maxRow.get() - row),
                    Math.max(column - minColumn.get(), maxColumn.get() - column));
            for (int ring = 0; ring <= lastRing; ring++) {
                if (beyondReach.test(minDistanceKm(origin, ring))) {
                    return;
                }
                for (int r = row - ring; r <= row + ring; r++) {
                    boolean edgeRow = r == row - ring || r == row + ring;
                    int step = edgeRow ? 1 : 2 * ring;
                    for (int c = column - ring; c <= column + ring; c += Math.max(1, step)) {
                        if (--lookupsLeft < 0) {
                            for (SearchableVenue venue : all.values()) {
                                visitor.visit(venue, venue.distanceKm(origin));
                            }
                            return;
                        }
                        Cell cell = cells.get(cellKey(r, c));
                        if (cell != null) {
                            visit(cell, origin, visitor);
                        }
                    }
                }
            }
        }

        private static void visit(Cell cell, GeoPoint origin, Visitor visitor) {
            for (int i = 0; i < cell.venues().length; i++) {
                SearchableVenue venue = cell.venues()[i];
                double distance = venue.positionCount() == 1
                        ? GeoPoint.distanceKm(origin.latitude(), origin.longitude(), cell.latitudes()[i],
                                cell.longitudes()[i])
                        : venue.distanceKm(origin);
                visitor.visit(venue, distance);
            }
        }
    }
}
