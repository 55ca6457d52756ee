package fr.inclusion.orientation.bench.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import fr.inclusion.orientation.venue.search.domain.Constraint;
import fr.inclusion.orientation.venue.search.domain.GeoPoint;
import fr.inclusion.orientation.venue.search.domain.Match;
import fr.inclusion.orientation.venue.search.domain.SearchQuery;
import fr.inclusion.orientation.venue.search.domain.VenueIndex;
import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.persistence.ReferenceCommunes;
import fr.inclusion.orientation.reference.standard.NationalStandard;
import fr.inclusion.orientation.venue.directory.domain.OpeningHours;
import fr.inclusion.orientation.venue.directory.domain.Venue;

/**
 * In-service search latency: the service's own index ({@link VenueIndex}, what {@code GET /api/venues/search} runs
 * after parsing its parameters) over generated venues, for several directory sizes, single-threaded, with a timed
 * loop (each search timed with {@link System#nanoTime()}, after a JIT warm-up, three rounds, the median round
 * kept by p99). Also times building the index from 25,000 venues at a cold start, which is what the service does
 * when it starts.
 *
 * <p>Arguments: {@code [output.md] [sizes=1000,25000,100000] [searches per round=10000]}. Prints the figures and
 * writes them as a Markdown fragment.
 */
public final class SearchBenchmark {

    private static final long SEED = 20260711L;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path output = args.length > 0 ? Path.of(args[0]) : null;
        int[] sizes = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1_000, 25_000, 100_000};
        int perRound = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;

        List<Commune> meuse = ReferenceCommunes.bundled().all();
        Map<String, GeoPoint> centroids = new LinkedHashMap<>();
        meuse.forEach(c -> centroids.put(c.code(), new GeoPoint(c.latitude(), c.longitude())));

        say("Search benchmark: Java %s, %d CPU, max heap %d MB", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        // first, as the service does at start: a cold JVM, no hours parsed yet
        Built cold = build(BenchVenues.generate(25_000, SEED, meuse), centroids);
        double coldBuildMs = cold.millis();
        say("  index build from 25,000 venues at a cold start: %,d ms", Math.round(coldBuildMs));
        // JIT warm-up, so that the first size measured is not the one paying for it
        run(cold.index(), queries(20_000, SEED + 2, meuse));
        cold = null;

        StringBuilder rows = new StringBuilder();
        Map<Integer, Percentiles> bySize = new LinkedHashMap<>();
        for (int size : sizes) {
            List<Venue> venues = BenchVenues.generate(size, SEED, meuse);
            long distinctHours = venues.stream().map(v -> v.details().horaires()).distinct().count();
            Built built = build(venues, centroids);
            long heapMb = usedHeapMb();
            run(built.index(), queries(5_000, SEED + 3, meuse));
            List<Percentiles> rounds = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                rounds.add(run(built.index(), queries(perRound, SEED + 10 + round, meuse)));
            }
            rounds.sort((a, b) -> Double.compare(a.p99Ms(), b.p99Ms()));
            Percentiles median = rounds.get(1);
            bySize.put(size, median);
            say("  %,7d venues (%,d distinct hours): index built in %,d ms (%d MB heap); search %s", size,
                    distinctHours, Math.round(built.millis()), heapMb, median.format());
            rows.append(String.format(Locale.ROOT, "| %,d | %.3f | %.3f | %.3f | %,.0f | %d |%n", size,
                    median.p50Ms(), median.p99Ms(), median.maxMs(), built.millis(), heapMb));
        }
        Percentiles smallest = bySize.get(Arrays.stream(sizes).min().orElseThrow());
        Percentiles largest = bySize.get(Arrays.stream(sizes).max().orElseThrow());
        double ratio = largest.p99Ms() / smallest.p99Ms();
        say("  p99 ratio %,d → %,d venues: %.2f×", Arrays.stream(sizes).min().orElseThrow(),
                Arrays.stream(sizes).max().orElseThrow(), ratio);

        if (output != null) {
            String fragment = "| venues | p50 (ms) | p99 (ms) | max (ms) | index build (ms) | heap after build (MB) |\n"
                    + "|---:|---:|---:|---:|---:|---:|\n" + rows
                    + String.format(Locale.ROOT, "%nCost growth, p99 at %,d venues / p99 at %,d venues: **%.2f×** "
                            + "(target < 3×).%n", Arrays.stream(sizes).max().orElseThrow(),
                            Arrays.stream(sizes).min().orElseThrow(), ratio)
                    + String.format(Locale.ROOT, "Index build from 25,000 venues at a cold start (JVM just started, "
                            + "no hours parsed yet: what the service does at start after reading the store): "
                            + "**%,d ms**. The build column above is with the JIT warm and the parsed-hours cache "
                            + "filled.%n", Math.round(coldBuildMs));
            Files.writeString(output, fragment, StandardCharsets.UTF_8);
        }
    }

    private record Built(VenueIndex index, double millis) {
    }

    private static Built build(List<Venue> venues, Map<String, GeoPoint> centroids) {
        VenueIndex index = new VenueIndex(code -> Optional.ofNullable(centroids.get(code)));
        long start = System.nanoTime();
        venues.forEach(index::apply);
        return new Built(index, (System.nanoTime() - start) / 1e6);
    }

    /** Residents of random Meuse communes, needs as often as venues offer them, a quarter of each constraint. */
    static List<SearchQuery> queries(int count, long seed, List<Commune> meuse) {
        Random random = new Random(seed);
        LocalDateTime now = LocalDateTime.now(OpeningHours.ZONE).truncatedTo(ChronoUnit.MINUTES);
        List<SearchQuery> queries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Commune commune = meuse.get(random.nextInt(meuse.size()));
            String need = random.nextBoolean() ? BenchVenues.ADMIN_HELP
                    : NationalStandard.SERVICES.get(random.nextInt(NationalStandard.SERVICES.size()));
            Set<Constraint> constraints = EnumSet.noneOf(Constraint.class);
            for (Constraint constraint : Constraint.values()) {
                if (random.nextInt(4) == 0) {
                    constraints.add(constraint);
                }
            }
            queries.add(new SearchQuery(need, commune.code(), new GeoPoint(commune.latitude(), commune.longitude()),
                    constraints, null, now.plusMinutes(random.nextInt(7 * 24 * 60)), 10));
        }
        return queries;
    }

    static Percentiles run(VenueIndex index, List<SearchQuery> queries) {
        long[] nanos = new long[queries.size()];
        long found = 0;
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            List<Match> matches = index.search(queries.get(i));
            nanos[i] = System.nanoTime() - start;
            found += matches.size();
        }
        if (found == 0) {
            throw new IllegalStateException("no search found anything: the benchmark measures nothing");
        }
        return Percentiles.of(nanos);
    }

    private static long usedHeapMb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
