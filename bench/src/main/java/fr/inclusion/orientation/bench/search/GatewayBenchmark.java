package fr.inclusion.orientation.bench.search;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.bench.keycloak.DemoTokens;
import fr.inclusion.orientation.venue.search.domain.Constraint;
import fr.inclusion.orientation.venue.search.domain.SearchQuery;
import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.persistence.ReferenceCommunes;
import fr.inclusion.orientation.venue.directory.domain.OpeningHours;
import fr.inclusion.orientation.venue.directory.domain.Venue;

/**
 * Search latency through the gateway of a running stack, with real Keycloak tokens: loads the generated venues
 * (through {@code POST /api/venues/import} when the build has it, otherwise one {@code POST /api/venues} each, four at
 * a time; a venue already there is left as it is), then times searches one after the other with a Java HTTP client,
 * through the gateway and, for comparison, straight to venue-service.
 *
 * <p>Arguments: {@code load|search gatewayUrl keycloakUrl venueServiceUrl output.md [venues=25000]
 * [searches=2000]}: the launcher loads, restarts venue-service (to time its index build from the store), then
 * searches. Every request loop is bounded in count and time; only 127.0.0.1 is ever called.
 */
public final class GatewayBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEED = 20260711L;
    private static final Duration LOAD_BUDGET = Duration.ofMinutes(20);
    private static final Duration WARM_UP = Duration.ofSeconds(20);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String gateway;
    private final String keycloak;

    private GatewayBenchmark(String gateway, String keycloak) {
        this.gateway = gateway;
        this.keycloak = keycloak;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5 || !List.of("load", "search").contains(args[0])) {
            throw new IllegalArgumentException("usage: load|search gatewayUrl keycloakUrl venueServiceUrl output.md "
                    + "[venues] [searches]");
        }
        int count = args.length > 5 ? Integer.parseInt(args[5]) : 25_000;
        int searches = args.length > 6 ? Integer.parseInt(args[6]) : 2_000;
        GatewayBenchmark bench = new GatewayBenchmark(args[1], args[2]);
        String fragment = args[0].equals("load") ? bench.load(count) : bench.search(args[3], searches);
        Files.writeString(Path.of(args[4]), fragment, StandardCharsets.UTF_8);
    }

    private String load(int count) throws Exception {
        List<Commune> meuse = ReferenceCommunes.bundled().all();
        List<Venue> venues = BenchVenues.generate(count, SEED, meuse);
        say("loading %,d generated venues through %s ...", count, gateway);
        Loaded loaded = load(venues);
        say("  %s", loaded.summary());
        return "- Loading " + String.format(Locale.ROOT, "%,d", count) + " venues: " + loaded.summary() + "\n";
    }

    private String search(String venueService, int searches) throws Exception {
        List<Commune> meuse = ReferenceCommunes.bundled().all();
        List<SearchQuery> queries = SearchBenchmark.queries(searches, SEED + 20, meuse);
        Percentiles viaGateway = searches(gateway, queries, searches / 5);
        say("  search through the gateway: %s", viaGateway.format());
        Percentiles direct = searches(venueService, queries, searches / 5);
        say("  search straight to venue-service: %s", direct.format());
        return String.format(Locale.ROOT, "- Search through the gateway (HTTP, token checked by the gateway and "
                + "by venue-service, JSON of 10 full venue records): p50 **%.2f ms**, p99 **%.2f ms** (%d searches "
                + "one after the other, after at least %d s and %d searches of warm-up).%n", viaGateway.p50Ms(),
                viaGateway.p99Ms(), viaGateway.samples(), WARM_UP.toSeconds(), searches / 5)
                + String.format(Locale.ROOT, "- The same searches straight to venue-service over HTTP: p50 %.2f ms, "
                        + "p99 %.2f ms.%n", direct.p50Ms(), direct.p99Ms());
    }

    private record Loaded(String summary) {
    }

    /** The import when there is one (timed until its job is done), else one POST per venue. */
    private Loaded load(List<Venue> venues) throws Exception {
        String admin = token("admin");
        byte[] array = JSON.writeValueAsBytes(venues.stream().map(BenchVenues::json).toList());
        long start = System.nanoTime();
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/venues/import"))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(array)).build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() == 202 || imported.statusCode() == 200) {
            JsonNode job = JSON.readTree(imported.body());
            String jobId = job.path("jobId").asString(job.path("id").asString(""));
            JsonNode status = awaitImport(jobId);
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Loaded(String.format(Locale.ROOT, "import of a %,d-row JSON file (%.1f MB) through "
                    + "`POST /api/venues/import`: **%.1f s** until its job reported done (%s)", venues.size(),
                    array.length / 1e6, seconds, status.toString().replaceAll("\\s+", " ")));
        }
        say("  no import on this build (%d): one POST /api/venues per venue instead", imported.statusCode());
        return new Loaded(postEach(venues, imported.statusCode()));
    }

    private JsonNode awaitImport(String jobId) throws Exception {
        Instant deadline = Instant.now().plus(LOAD_BUDGET);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = get(gateway + "/api/imports/" + jobId, token("admin"));
            JsonNode status = JSON.readTree(response.body());
            String state = status.path("status").asString("").toLowerCase(Locale.ROOT);
            long total = status.path("total").asLong(-1);
            long processed = status.path("processed").asLong(-2);
            if (state.matches("done|completed|complete|finished|succeeded|failed|error") || processed == total) {
                Map<String, Object> summary = Map.of("status", state, "imported",
                        status.path("imported").asLong(), "updated", status.path("updated").asLong(),
                        "rejected", status.path("rejected").size());
                return JSON.valueToTree(summary);
            }
            Thread.sleep(200); // polling a remote job: nothing to await in-process
        }
        throw new IllegalStateException("import job " + jobId + " not done within " + LOAD_BUDGET);
    }

    private String postEach(List<Venue> venues, int importStatus) throws Exception {
        AtomicInteger created = new AtomicInteger();
        AtomicInteger existing = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger next = new AtomicInteger();
        Instant deadline = Instant.now().plus(LOAD_BUDGET);
        long start = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                workers.add(threads.submit(() -> {
                    String admin = token("admin");
                    Instant fresh = Instant.now();
                    for (int i = next.getAndIncrement(); i < venues.size() && Instant.now().isBefore(deadline);
                            i = next.getAndIncrement()) {
                        if (Duration.between(fresh, Instant.now()).toSeconds() > 60) {
                            admin = token("admin");
                            fresh = Instant.now();
                        }
                        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                        URI.create(gateway + "/api/venues"))
                                .timeout(Duration.ofSeconds(30))
                                .header("Authorization", "Bearer " + admin)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(
                                        JSON.writeValueAsBytes(BenchVenues.json(venues.get(i))))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        switch (response.statusCode()) {
                            case 201 -> created.incrementAndGet();
                            case 409 -> existing.incrementAndGet();
                            default -> {
                                if (failed.incrementAndGet() <= 3) {
                                    say("  POST %s: %d %s", venues.get(i).id(), response.statusCode(),
                                            response.body());
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            threads.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (created.get() + existing.get() < venues.size()) {
            throw new IllegalStateException("only " + (created.get() + existing.get()) + " of " + venues.size()
                    + " venues loaded (" + failed.get() + " failed)");
        }
        return String.format(Locale.ROOT, "`POST /api/venues/import` is not on this build (HTTP %d), so the venues "
                + "went in one `POST /api/venues` each through the gateway, 4 at a time: %.1f s for %,d requests "
                + "(%,d created, %,d already there) — not an import time; the service's own index build is in "
                + "the table above", importStatus, seconds, venues.size(), created.get(), existing.get());
    }

    /** Warm-up first: the service's JIT, and the outbox relay still publishing the load's events, settle. */
    private Percentiles searches(String base, List<SearchQuery> queries, int warmUp) throws Exception {
        String token = token("secretaire.sommeilles");
        Instant warmUntil = Instant.now().plus(WARM_UP);
        for (int i = 0; i < warmUp || Instant.now().isBefore(warmUntil); i++) {
            search(base, queries.get(i % queries.size()), token);
        }
        long[] nanos = new long[queries.size()];
        long found = 0;
        token = token("secretaire.sommeilles");
        Instant fresh = Instant.now();
        for (int i = 0; i < queries.size(); i++) {
            if (Duration.between(fresh, Instant.now()).toSeconds() > 60) {
                token = token("secretaire.sommeilles");
                fresh = Instant.now();
            }
            long start = System.nanoTime();
            HttpResponse<String> response = search(base, queries.get(i), token);
            nanos[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException("search answered " + response.statusCode() + ": " + response.body());
            }
            found += JSON.readTree(response.body()).path("items").size();
        }
        if (found == 0) {
            throw new IllegalStateException("no search found anything: the benchmark measures nothing");
        }
        return Percentiles.of(nanos);
    }

    private HttpResponse<String> search(String base, SearchQuery query, String token) throws Exception {
        String constraints = query.constraints().stream().map(Constraint::code).collect(Collectors.joining(","));
        String at = query.at().atZone(OpeningHours.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        return get(base + "/api/venues/search?need=" + encode(query.need()) + "&commune=" + query.commune()
                + "&constraints=" + constraints + "&at=" + encode(at) + "&limit=" + query.limit(), token);
    }

    private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String username) throws IOException, InterruptedException {
        return DemoTokens.of(http, keycloak, username);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
