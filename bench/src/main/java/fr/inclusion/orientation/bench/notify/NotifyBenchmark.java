package fr.inclusion.orientation.bench.notify;

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import fr.inclusion.orientation.bench.keycloak.DemoTokens;

/**
 * Time from a referral's creation to its live notification at the venue: the venue's staff member
 * ({@code lieu.franceservices}) listens on {@code GET /api/notifications/stream} through the gateway while the
 * secretary ({@code secretaire.revigny}) creates referrals for that venue through the gateway at a fixed rate (open
 * loop: a creation is sent every 1/rate seconds whatever the answers). For each referral, latency = arrival of the
 * Server-Sent Event naming it − sending of the creation request. Real Keycloak tokens, only the JDK, only 127.0.0.1.
 *
 * <p>Arguments: {@code gatewayUrl keycloakUrl output.md [rate=200] [warmUpSeconds=10] [measureSeconds=20]}.
 */
public final class NotifyBenchmark {

    static final String SECRETARY = "secretaire.revigny";
    static final String STAFF = "lieu.franceservices";
    static final String BODY = """
            {"venueId":"demo-revigny-france-services","need":"Aide aux démarches administratives",
             "resident":{"firstName":"Jeanne","contact":{"channel":"phone","value":"+33600000000"},"commune":"55427"},
             "constraints":["free"],"consent":{"given":true,"wordingVersion":"v1"}}""";
    private static final Pattern REFERRAL_ID = Pattern.compile("\"referralId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Duration STRAGGLERS = Duration.ofSeconds(15);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
    private final String gateway;
    private final String keycloak;
    /** referral id → nanoTime its creation was sent, and → nanoTime its notification arrived. */
    private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
    private final Map<String, Long> notifiedAt = new ConcurrentHashMap<>();
    private final Map<Integer, AtomicInteger> failures = new ConcurrentHashMap<>();

    private NotifyBenchmark(String gateway, String keycloak) {
        this.gateway = gateway;
        this.keycloak = keycloak;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: gatewayUrl keycloakUrl output.md [rate] [warmUp] [measure]");
        }
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        Duration warmUp = Duration.ofSeconds(args.length > 4 ? Long.parseLong(args[4]) : 10);
        Duration measure = Duration.ofSeconds(args.length > 5 ? Long.parseLong(args[5]) : 20);
        NotifyBenchmark bench = new NotifyBenchmark(args[0], args[1]);
        String fragment = bench.run(rate, warmUp, measure);
        Files.writeString(Path.of(args[2]), fragment, StandardCharsets.UTF_8);
        System.out.print(fragment);
        System.exit(fragment.contains("| notified |") ? 0 : 1);
    }

    private String run(int rate, Duration warmUp, Duration measure) throws Exception {
        String secretaryToken = token(SECRETARY);
        String staffToken = token(STAFF);
        CountDownLatch listening = new CountDownLatch(1);
        Thread listener = Thread.ofPlatform().daemon().name("sse-listener").start(() -> listen(staffToken, listening));
        if (!listening.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the notification stream never opened");
        }
        say("listening on the venue's stream; warm-up %d s at %d/s", warmUp.toSeconds(), rate);
        send(secretaryToken, rate, warmUp, false);
        Thread.sleep(3000);
        sentAt.clear();
        notifiedAt.clear();
        failures.clear();
        say("measuring %d s at %d/s", measure.toSeconds(), rate);
        AtomicLong measuredSends = send(secretaryToken, rate, measure, true);
        long waitUntil = System.nanoTime() + STRAGGLERS.toNanos();
        while (System.nanoTime() < waitUntil && !notifiedAt.keySet().containsAll(sentAt.keySet())) {
            Thread.sleep(200); // arrivals are counted by the listener thread
        }
        listener.interrupt();
        return fragment(rate, warmUp, measure, measuredSends.get());
    }

    /** Open loop: one creation every 1/rate s for the duration; answers are read asynchronously. */
    private AtomicLong send(String token, int rate, Duration duration, boolean measured) throws Exception {
        ScheduledExecutorService ticks = Executors.newSingleThreadScheduledExecutor();
        AtomicLong sends = new AtomicLong();
        long periodNanos = 1_000_000_000L / rate;
        long end = System.nanoTime() + duration.toNanos();
        CountDownLatch done = new CountDownLatch(1);
        ticks.scheduleAtFixedRate(() -> {
            if (System.nanoTime() >= end) {
                done.countDown();
                return;
            }
            sends.incrementAndGet();
            long sent = System.nanoTime();
            http.sendAsync(HttpRequest.newBuilder(URI.create(gateway + "/api/referrals"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(BODY, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        if (!measured) {
                            return;
                        }
                        if (error != null || response.statusCode() != 201) {
                            failures.computeIfAbsent(error != null ? -1 : response.statusCode(),
                                    status -> new AtomicInteger()).incrementAndGet();
                            return;
                        }
                        Matcher id = ID.matcher(response.body());
                        if (id.find()) {
                            sentAt.put(id.group(1), sent);
                        }
                    });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        done.await();
        ticks.shutdownNow();
        Thread.sleep(2000); // the last answers
        return sends;
    }

    private void listen(String token, CountDownLatch listening) {
        try {
            HttpResponse<Stream<String>> stream = http.send(HttpRequest.newBuilder(
                    URI.create(gateway + "/api/notifications/stream"))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofLines());
            if (stream.statusCode() != 200) {
                throw new IllegalStateException("stream answered " + stream.statusCode());
            }
            stream.body().forEach(line -> {
                long now = System.nanoTime();
                listening.countDown();
                if (line.startsWith("data:")) {
                    Matcher referral = REFERRAL_ID.matcher(line);
                    if (referral.find()) {
                        notifiedAt.putIfAbsent(referral.group(1), now);
                    }
                }
            });
        } catch (IOException | InterruptedException | RuntimeException e) {
            say("stream closed: %s", e);
        }
    }

    private String fragment(int rate, Duration warmUp, Duration measure, long sends) {
        List<Long> latencies = new ArrayList<>();
        int missing = 0;
        for (Map.Entry<String, Long> sent : sentAt.entrySet()) {
            Long arrived = notifiedAt.get(sent.getKey());
            if (arrived == null) {
                missing++;
            } else {
                latencies.add(arrived - sent.getValue());
            }
        }
        latencies.sort(null);
        long failed = failures.values().stream().mapToLong(AtomicInteger::get).sum();
        StringBuilder out = new StringBuilder();
        out.append("| sent | created (201) | notified | missing after 15 s | p50 (ms) | p99 (ms) | max (ms) | "
                + "creation errors |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---|\n");
        out.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d | %.1f | %.1f | %.1f | %s |%n", sends,
                sentAt.size(), latencies.size(), missing, percentile(latencies, 0.50), percentile(latencies, 0.99),
                percentile(latencies, 1.0), failed == 0 ? "0" : failed + " " + failures));
        out.append('\n');
        double p99 = percentile(latencies, 0.99);
        out.append(String.format(Locale.ROOT, "Open loop at %d creations/s through the gateway for %d s after %d s of "
                + "warm-up; latency = Server-Sent Event at the venue − creation request sent. Target (issue [D]): "
                + "p99 < 500 ms at 200 referrals/s — **%.1f ms, %s**%s.%n", rate, measure.toSeconds(),
                warmUp.toSeconds(), p99, p99 < 500 && missing == 0 && rate >= 200 ? "met" : "not met",
                missing > 0 ? " (" + missing + " referrals never notified within 15 s)" : ""));
        return out.toString();
    }

    private static double percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
    }

    private String token(String user) throws IOException, InterruptedException {
        return DemoTokens.of(http, keycloak, user);
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
