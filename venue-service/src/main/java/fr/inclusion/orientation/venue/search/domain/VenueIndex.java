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
import java.util.function.Consumer;
import java.util.function.DoublePredicate;
import java.util.function.Function;

import fr.inclusion.orientation.venue.venue.domain.Venue;

/**
 * The listed venues in memory, by need, on a coarse grid, so that a search reads only the venues offering the need
 * that lie near enough to matter, and never the store (mongo-java-server has no geo operators).
 *
 * <p>Layout: per {@code services} value, the venues offering it (1) in grid cells of {@value #CELL_DEGREES}° of
 * latitude × longitude (about 11 × 7 km in France) by each of their positions, (2) by commune where they stop, and
 * (3) all together. A search takes the venues stopping in the resident's commune (distance 0), then scans the
 * cells in rings around the commune's centroid, nearest ring first, keeping the best {@code limit} matches; it
 * stops when even a perfect venue on the next ring could not beat the last one kept
 * ({@link MatchScore#upperBound}). Needs offered by few venues ({@value #LINEAR_BELOW} or fewer) are scanned
 * whole, which is cheaper than walking empty rings; so is the rest of a need once a scan has looked up four times
 * as many cells as the need has.
 *
 * <p>Thread safety: concurrent maps throughout; each venue's entry is replaced as a whole (copy on write per venue)
 * under its own key, so a search sees every venue either before or after a change, never half-changed. Changes
 * carry the venue's version and an older version never replaces a newer one, whatever order events arrive in.
 */
public final class VenueIndex {

    static final double CELL_DEGREES = 0.1;
    static final int LINEAR_BELOW = 1024;

    private static final double KM_PER_DEGREE = Math.PI / 180 * GeoPoint.EARTH_RADIUS_KM;

    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
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
            SearchableVenue next = venue.active() ? SearchableVenue.of(venue, centroids) : null;
            if (next != null) {
                add(next);
            }
            if (previous != null && previous.venue() != null) {
                remove(previous.venue());
            }
            return new Entry(venue.version(), next);
        });
    }

    /** Number of listed venues in the index. */
    public int size() {
        return (int) byId.values().stream().filter(entry -> entry.venue() != null).count();
    }

    public Optional<SearchableVenue> venue(String id) {
        return Optional.ofNullable(byId.get(id)).map(Entry::venue);
    }

    /** The best {@code query.limit()} venues offering the need, best first. */
    public List<Match> search(SearchQuery query) {
        NeedIndex need = byNeed.get(query.need());
        if (need == null) {
            return List.of();
        }
        PriorityQueue<Scored> kept = new PriorityQueue<>(query.limit() + 1, BEST_FIRST.reversed());
        Consumer<SearchableVenue> consider = venue -> {
            MatchScore.Facts facts = MatchScore.Facts.of(venue, query, venue.distanceKm(query.origin()));
            if (Double.isInfinite(facts.distanceKm())) {
                return;
            }
            Scored scored = new Scored(venue, facts, MatchScore.score(venue, query, facts));
            kept.add(scored);
            if (kept.size() > query.limit()) {
                kept.poll();
            }
        };
        DoublePredicate beyondReach = minDistanceKm -> kept.size() >= query.limit()
                && MatchScore.upperBound(minDistanceKm) < kept.peek().score();
        need.scan(query.origin(), query.commune(), consider, beyondReach);
        List<Scored> best = new ArrayList<>(kept);
        best.sort(BEST_FIRST);
        return best.stream()
                .map(s -> new Match(s.venue(), s.facts().distanceKm(), s.score(),
                        MatchScore.reasons(s.venue(), query, s.facts()), s.facts().nextOpening(),
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
        Consumer<SearchableVenue> consider = venue -> {
            double distance = venue.stopsIn(commune).isEmpty() ? venue.distanceKm(centroid) : 0;
            if (Double.isFinite(distance) && (best[0] == null || distance < best[0].distanceKm()
                    || (distance == best[0].distanceKm() && venue.id().compareTo(best[0].venue().id()) < 0))) {
                best[0] = new Nearest(venue, distance);
            }
        };
        need.scan(centroid, commune, consider, minDistanceKm -> best[0] != null
                && minDistanceKm > best[0].distanceKm());
        return Optional.ofNullable(best[0]);
    }

    private void add(SearchableVenue venue) {
        for (String service : venue.services()) {
            byNeed.computeIfAbsent(service, s -> new NeedIndex()).add(venue);
        }
    }

    private void remove(SearchableVenue venue) {
        for (String service : venue.services()) {
            NeedIndex need = byNeed.get(service);
            if (need != null) {
                need.remove(venue);
            }
        }
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

    private record Scored(SearchableVenue venue, MatchScore.Facts facts, double score) {

        double distanceKm() {
            return facts.distanceKm();
        }
    }

    /** The venues offering one need. */
    private static final class NeedIndex {

        private final ConcurrentHashMap<String, SearchableVenue> all = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<Long, Map<String, SearchableVenue>> cells = new ConcurrentHashMap<>();
        private final ConcurrentHashMap<String, Map<String, SearchableVenue>> byStopCommune =
                new ConcurrentHashMap<>();
        /** The rows and columns the cells ever spanned (they only grow): where ring scans can stop. */
        private final AtomicInteger minRow = new AtomicInteger(Integer.MAX_VALUE);
        private final AtomicInteger maxRow = new AtomicInteger(Integer.MIN_VALUE);
        private final AtomicInteger minColumn = new AtomicInteger(Integer.MAX_VALUE);
        private final AtomicInteger maxColumn = new AtomicInteger(Integer.MIN_VALUE);

        void add(SearchableVenue venue) {
            for (int i = 0; i < venue.positionCount(); i++) {
                int row = row(venue.latitude(i));
                int column = column(venue.longitude(i));
                minRow.accumulateAndGet(row, Math::min);
                maxRow.accumulateAndGet(row, Math::max);
                minColumn.accumulateAndGet(column, Math::min);
                maxColumn.accumulateAndGet(column, Math::max);
                cells.computeIfAbsent(cellKey(row, column), k -> new ConcurrentHashMap<>()).put(venue.id(), venue);
            }
            for (String commune : venue.stopCommunes()) {
                byStopCommune.computeIfAbsent(commune, k -> new ConcurrentHashMap<>()).put(venue.id(), venue);
            }
            all.put(venue.id(), venue);
        }

        /** Removes this very object only: where the venue's next version already took its place, it stays. */
        void remove(SearchableVenue venue) {
            for (int i = 0; i < venue.positionCount(); i++) {
                Map<String, SearchableVenue> cell = cells.get(cellKey(row(venue.latitude(i)),
                        column(venue.longitude(i))));
                if (cell != null) {
                    cell.remove(venue.id(), venue);
                }
            }
            for (String commune : venue.stopCommunes()) {
                Map<String, SearchableVenue> stopping = byStopCommune.get(commune);
                if (stopping != null) {
                    stopping.remove(venue.id(), venue);
                }
            }
            all.remove(venue.id(), venue);
        }

        /**
         * Feeds {@code consider} with each venue once: those stopping in the commune, then ring by ring, until
         * {@code beyondReach} says that nothing at the next ring's minimum distance can matter.
         */
        void scan(GeoPoint origin, String commune, Consumer<SearchableVenue> consider,
                DoublePredicate beyondReach) {
            Set<String> seen = new HashSet<>();
            Map<String, SearchableVenue> stopping = byStopCommune.get(commune);
            if (stopping != null) {
                for (SearchableVenue venue : stopping.values()) {
                    seen.add(venue.id());
                    consider.accept(venue);
                }
            }
            if (all.size() <= LINEAR_BELOW) {
                for (SearchableVenue venue : all.values()) {
                    if (seen.add(venue.id())) {
                        consider.accept(venue);
                    }
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
                            all.values().stream().filter(venue -> seen.add(venue.id())).forEach(consider);
                            return;
                        }
                        Map<String, SearchableVenue> cell = cells.get(cellKey(r, c));
                        if (cell == null) {
                            continue;
                        }
                        for (SearchableVenue venue : cell.values()) {
                            if (seen.add(venue.id())) {
                                consider.accept(venue);
                            }
                        }
                    }
                }
            }
        }
    }
}
