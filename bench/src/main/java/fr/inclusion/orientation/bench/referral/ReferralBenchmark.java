package fr.inclusion.orientation.bench.referral;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import fr.inclusion.orientation.bench.keycloak.DemoTokens;

/**
 * Creations per second and latency of {@code POST /api/referrals} with a real Keycloak token of
 * {@code secretaire.revigny}: straight to referral-service and through the gateway, both warmed up, then measured
 * in alternating windows, with N virtual users each sending one creation after the other (closed loop), every
 * request with its own {@code Idempotency-Key}. Only the JDK: runs from referral-service's test classes alone.
 *
 * <p>Arguments: {@code gatewayUrl keycloakUrl referralServiceUrl output.md [users=24] [warmUpSeconds=10]
 * [measureSeconds=20]}. Only 127.0.0.1 is ever called.
 */
public final class ReferralBenchmark {

    static final String USER = "secretaire.revigny";
    static final String BODY = """
            {"venueId":"demo-revigny-france-services","need":"Aide aux démarches administratives",
             "resident":{"firstName":"Jeanne","contact":{"channel":"phone","value":"+33600000000"},"commune":"55427"},
             "constraints":["free"],"consent":{"given":true,"wordingVersion":"v1"}}""";
    private static final Duration READY_BUDGET = Duration.ofMinutes(3);
    /** Pause before each measuring window: the work the previous window left behind is done by then. */
    static final Duration DRAIN = Duration.ofSeconds(10);

    private final HttpClient http;
    private final String keycloak;

    private ReferralBenchmark(String keycloak, int users) {
        this.keycloak = keycloak;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(Math.max(4, users / 4))).build();
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            throw new IllegalArgumentException("usage: gatewayUrl keycloakUrl referralServiceUrl output.md "
                    + "[users] [warmUpSeconds] [measureSeconds]");
        }
        int users = args.length > 4 ? Integer.parseInt(args[4]) : 24;
        Duration warmUp = Duration.ofSeconds(args.length > 5 ? Long.parseLong(args[5]) : 10);
        Duration measure = Duration.ofSeconds(args.length > 6 ? Long.parseLong(args[6]) : 20);
        ReferralBenchmark bench = new ReferralBenchmark(args[1], users);
        String gateway = args[0];
        String direct = args[2];
        bench.awaitReady(direct);
        bench.awaitReady(gateway);
        // both paths warm (JIT of the gateway too) before anything is measured; then the measuring windows
        // alternate, each after a pause in which the stack finishes what the previous window left behind (events
        // relayed to Kafka and projected into the flows after the answers), so that no window pays for another
        bench.run("warm-up, straight", direct, users, warmUp, Duration.ZERO);
        bench.run("warm-up, through the gateway", gateway, users, warmUp, Duration.ZERO);
        Duration half = measure.dividedBy(2);
        Result straight = null;
        Result viaGateway = null;
        for (int round = 0; round < 2; round++) {
            Thread.sleep(DRAIN.toMillis());
            Result s = bench.run("straight to referral-service", direct, users, Duration.ZERO, half);
            straight = straight == null ? s : straight.and(s);
            Thread.sleep(DRAIN.toMillis());
            Result g = bench.run("through the gateway", gateway, users, Duration.ZERO, half);
            viaGateway = viaGateway == null ? g : viaGateway.and(g);
        }
        String fragment = fragment(straight, viaGateway, users, warmUp, measure);
        Files.writeString(Path.of(args[3]), fragment, StandardCharsets.UTF_8);
        System.out.print(fragment);
        System.exit(straight.count() > 0 && viaGateway.count() > 0 ? 0 : 1);
    }

    /** Until the demo venue reached referral-service's read model (through Kafka): one creation must succeed. */
    private void awaitReady(String base) throws Exception {
        long deadline = System.nanoTime() + READY_BUDGET.toNanos();
        String token = token();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = create(base, token);
                if (last.statusCode() == 201) {
                    say("ready: %s accepts creations", base);
                    return;
                }
                if (last.statusCode() == 401) {
                    token = token();
                }
            } catch (IOException e) {
                say("  %s not answering yet: %s", base, e);
            }
            Thread.sleep(500); // polling a remote read model: nothing to await in-process
        }
        throw new IllegalStateException(base + " never created a referral within " + READY_BUDGET + ": "
                + (last == null ? "no answer" : last.statusCode() + " " + last.body()));
    }

    record Result(String label, long[] nanos, double seconds, Map<Integer, Integer> errors, long failures) {
        /** This window and another of the same path together. */
        Result and(Result other) {
            long[] both = java.util.stream.LongStream.concat(Arrays.stream(nanos), Arrays.stream(other.nanos))
                    .sorted().toArray();
            Map<Integer, Integer> allErrors = new TreeMap<>(errors);
            other.errors.forEach((status, n) -> allErrors.merge(status, n, Integer::sum));
            return new Result(label, both, seconds + other.seconds, allErrors, failures + other.failures);
        }

        long count() {
            return nanos.length;
        }

        double perSecond() {
            return nanos.length / seconds;
        }

        double percentileMs(double p) {
            if (nanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1e6;
        }

        String summary() {
            return String.format(Locale.ROOT, "%s: %,d created in %.1f s = %.0f/s, p50 %.1f ms, p99 %.1f ms, "
                    + "max %.1f ms, errors %s", label, count(), seconds, perSecond(), percentileMs(0.50),
                    percentileMs(0.99), percentileMs(1.0), errorText());
        }

        String errorText() {
            long total = errors.values().stream().mapToLong(Integer::longValue).sum() + failures;
            if (total == 0) {
                return "0";
            }
            return total + " (" + errors + (failures > 0 ? ", I/O " + failures : "") + ")";
        }
    }

    /** Closed loop: each user sends a creation, waits for its answer, sends the next; only 201s are timed. */
    private Result run(String label, String base, int users, Duration warmUp, Duration measure) throws Exception {
        say("%s (%s): %d users, %d s warm-up, %d s measured ...", label, base, users, warmUp.toSeconds(),
                measure.toSeconds());
        String token = token();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long measureUntil = measureFrom + measure.toNanos();
        Map<Integer, Integer> errors = new ConcurrentHashMap<>();
        LongAdder failures = new LongAdder();
        AtomicInteger shown = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(users);
        List<Future<long[]>> workers = new ArrayList<>();
        try {
            for (int u = 0; u < users; u++) {
                workers.add(threads.submit(() -> {
                    long[] mine = new long[4096];
                    int n = 0;
                    for (long now = System.nanoTime(); now < measureUntil; now = System.nanoTime()) {
                        long sent = System.nanoTime();
                        int status;
                        String body;
                        try {
                            HttpResponse<String> response = create(base, token);
                            status = response.statusCode();
                            body = response.body();
                        } catch (IOException e) {
                            status = -1;
                            body = e.toString();
                        }
                        long took = System.nanoTime() - sent;
                        if (sent < measureFrom) {
                            continue;
                        }
                        if (status == 201) {
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = took;
                        } else {
                            if (status == -1) {
                                failures.increment();
                            } else {
                                errors.merge(status, 1, Integer::sum);
                            }
                            if (shown.incrementAndGet() <= 3) {
                                say("  %d %s", status, body.length() > 300 ? body.substring(0, 300) : body);
                            }
                        }
                    }
                    return Arrays.copyOf(mine, n);
                }));
            }
            List<long[]> all = new ArrayList<>();
            for (Future<long[]> worker : workers) {
                all.add(worker.get());
            }
            long[] nanos = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            Result result = new Result(label, nanos, measure.toNanos() / 1e9, new TreeMap<>(errors),
                    failures.sum());
            say("  %s", result.summary());
            return result;
        } finally {
            threads.shutdownNow();
        }
    }

    private HttpResponse<String> create(String base, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/referrals"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(BODY, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The secretary's access token. */
    private String token() throws IOException, InterruptedException {
        return DemoTokens.of(http, keycloak, USER);
    }

    static String fragment(Result direct, Result gateway, int users, Duration warmUp, Duration measure) {
        double ratio = direct.perSecond() > 0 ? gateway.perSecond() / direct.perSecond() : Double.NaN;
        boolean rateMet = gateway.perSecond() >= 1000;
        boolean p99Met = gateway.percentileMs(0.99) < 100;
        boolean ratioMet = ratio >= 0.6;
        StringBuilder out = new StringBuilder();
        out.append("| path | created | per second | p50 (ms) | p99 (ms) | max (ms) | errors |\n");
        out.append("|---|---:|---:|---:|---:|---:|---|\n");
        for (Result r : List.of(direct, gateway)) {
            out.append(String.format(Locale.ROOT, "| %s | %,d | %.0f | %.1f | %.1f | %.1f | %s |%n", r.label(),
                    r.count(), r.perSecond(), r.percentileMs(0.50), r.percentileMs(0.99), r.percentileMs(1.0),
                    r.errorText()));
        }
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%d virtual users, each sending one creation after the other (closed "
                + "loop, a new `Idempotency-Key` each); %d s of warm-up on each path, then %d s measured per path "
                + "in two alternating windows (straight, gateway, straight, gateway), each after %d s without load in "
                + "which the stack finishes the previous window's work (events relayed, flows projected): the rates "
                + "are what a burst gets, the work after the answers is not in them; only 201 answers are timed.%n",
                users, warmUp.toSeconds(), measure.toSeconds(), DRAIN.toSeconds()));
        out.append(String.format(Locale.ROOT, "Target (issue [C]): ≥ 1,000/s through the gateway — **%.0f/s, %s**; "
                + "p99 < 100 ms through the gateway — **%.1f ms, %s**; gateway ≥ 0.6× direct — **%.2f×, %s**.%n",
                gateway.perSecond(), rateMet ? "met" : "not met", gateway.percentileMs(0.99),
                p99Met ? "met" : "not met", ratio, ratioMet ? "met" : "not met"));
        return out.toString();
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
