package fr.inclusion.orientation.bench.chaos;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import fr.inclusion.orientation.bench.keycloak.DemoTokens;

/**
 * {@code ./orientation chaos}: referrals sent through the gateway at a steady rate while processes of the stack are
 * killed with SIGKILL and restarted, then a reconciliation of what was promised against what was kept (see
 * {@link Reconciliation}).
 *
 * <p>Open model: the n-th referral leaves at {@code start + n / rate}, whatever the answers to the previous ones.
 * Each has its own {@code Idempotency-Key}; like a real client, a request that failed on the way (I/O error, 429,
 * 502, 503, 504, or 401 after a token expiry) is sent again with the same key, after a pause growing from 0.5 s to
 * 20 s (plus up to half as much at random), until it is answered with the referral ({@code 201}, or {@code 200} when
 * a previous attempt had created it); any other answer is final (counted, never retried). Every answer's status is
 * counted. The secretary's token (5 minutes) is refreshed by a loop.
 *
 * <p>The kills: the processes named (default {@code referral-service, notification-service, kafka, store}) at equal
 * fractions of the planned duration (20 %, 40 %, 60 %, 80 % for four), one at a time: a kill waits until the
 * previous process is healthy again. The process group recorded by the launcher ({@code <state>/pids/<name>.pid})
 * gets SIGKILL; {@code ./orientation start <name>} restarts it, with this JVM's environment (the stack's ports).
 *
 * <p>Then it waits for quiet (the venue's inbox total and the flows' {@code totals.sent} unchanged for 30 s, at most
 * 5 minutes) and reconciles: every accepted id read back as the secretary, the venue's inbox ({@code
 * lieu.franceservices}) paged and counted per referral, the flows' total of the EPCI ({@code coord.revigny}).
 *
 * <p>Arguments: {@code gatewayUrl keycloakUrl launcher stateDir count rate outputDir}. Writes {@code
 * report.json} and {@code section.md} (the body of the « Chaos » section of BENCHMARKS.md) in outputDir. Exit code 0
 * when nothing was lost or duplicated, no answer was a 500 and no dead-letter topic holds a record; 1 otherwise, 2
 * when the run itself failed. Environment: {@code CHAOS_KILLS} (comma-separated names), {@code CHAOS_DOWN} (how long
 * a killed process stays down, e.g. {@code store=60}), the stack's port variables. Only 127.0.0.1 is ever called.
 */
public final class ChaosRun {

    static final String SECRETARY = "secretaire.revigny";
    static final String VENUE_STAFF = "lieu.franceservices";
    static final String COORDINATOR = "coord.revigny";
    static final String VENUE = "demo-revigny-france-services";
    static final String NEED = "Aide aux démarches administratives";
    static final String EPCI = "245501184";
    static final String BODY = """
            {"venueId":"%s","need":"%s",
             "resident":{"firstName":"Chaos","contact":{"channel":"phone","value":"+33600000000"},"commune":"55427"},
             "constraints":["free"],"consent":{"given":true,"wordingVersion":"v1"}}""".formatted(VENUE, NEED);
    static final List<String> DEFAULT_KILLS = List.of("referral-service", "notification-service", "kafka", "store");

    private static final Duration READY_BUDGET = Duration.ofMinutes(3);
    private static final Duration GIVE_UP = Duration.ofMinutes(10);
    private static final Duration QUIET = Duration.ofSeconds(30);
    private static final Duration QUIET_BUDGET = Duration.ofMinutes(5);
    private static final Duration TOKEN_REFRESH = Duration.ofSeconds(60);
    /** Longest pause between two attempts of a referral (then up to half as much again, at random). */
    private static final Duration MAX_PAUSE = Duration.ofSeconds(20);
    private static final Set<Integer> TRANSIENT = Set.of(401, 429, 502, 503, 504);
    private static final int TIMELINE_SECONDS = 10;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String gateway;
    private final String keycloak;
    private final String launcher;
    private final Path state;
    private final Path out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final AtomicReference<String> secretaryToken = new AtomicReference<>();
    private final Map<String, LongAdder> statuses = new ConcurrentSkipListMap<>();
    /** Per 10-second window since the start of the load: status -> count. */
    private final Map<Integer, Map<String, LongAdder>> timeline = new ConcurrentSkipListMap<>();
    private final List<Kill> kills = new ArrayList<>();
    private final LongAdder sent = new LongAdder();
    private final LongAdder answered = new LongAdder();
    private volatile long loadStart;

    /** One referral of the run: its key, and what became of it. */
    static final class Outcome {
        final String key = UUID.randomUUID().toString();
        volatile String id;
        volatile int finalStatus;
        volatile int attempts;
        volatile double answeredAt = -1;
    }

    /** One SIGKILL and its restart, times in seconds since the start of the load. */
    record Kill(String name, long pid, double killedAt, long sentBefore, long answeredBefore, double healthyAt,
            int restartExitCode) {
    }

    private ChaosRun(String gateway, String keycloak, String launcher, Path state, Path out) {
        this.gateway = gateway;
        this.keycloak = keycloak;
        this.launcher = launcher;
        this.state = state;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 7) {
            System.err.println("usage: gatewayUrl keycloakUrl launcher stateDir count rate outputDir");
            System.exit(2);
        }
        int count = Integer.parseInt(args[4]);
        double rate = Double.parseDouble(args[5]);
        if (count < 1 || rate <= 0) {
            System.err.println("count and rate must be positive");
            System.exit(2);
        }
        String killsEnv = System.getenv("CHAOS_KILLS");
        List<String> toKill = killsEnv == null || killsEnv.isBlank() ? DEFAULT_KILLS
                : List.of(killsEnv.trim().split("\\s*,\\s*"));
        Path out = Path.of(args[6]);
        Files.createDirectories(out);
        ChaosRun run = new ChaosRun(args[0], args[1], args[2], Path.of(args[3]), out);
        int exit;
        try {
            exit = run.run(count, rate, toKill);
        } catch (Exception e) {
            e.printStackTrace();
            exit = 2;
        }
        System.exit(exit);
    }

    private int run(int count, double rate, List<String> toKill) throws Exception {
        long began = System.nanoTime();
        secretaryToken.set(token(SECRETARY));
        Thread refresher = Thread.ofVirtual().name("token-refresh").start(this::refreshTokens);

        long flowsBefore = awaitFlowsTotal();
        say("flows of %s before the run: totals.sent = %d", EPCI, flowsBefore);

        Outcome[] outcomes = new Outcome[count];
        for (int i = 0; i < count; i++) {
            outcomes[i] = new Outcome();
        }
        awaitFirstReferral(outcomes[0]);

        // the load: referral n leaves at start + n / rate, never waiting for an answer
        Duration planned = Duration.ofNanos((long) (count / rate * 1e9));
        say("sending %,d referrals at %.1f/s (%d s planned); SIGKILL of %s at %s of the run", count, rate,
                planned.toSeconds(), toKill, fractions(toKill.size()));
        CountDownLatch done = new CountDownLatch(count - 1);
        loadStart = System.nanoTime();
        Thread killer = Thread.ofVirtual().name("killer").start(() -> killAll(toKill, planned));
        Thread progress = Thread.ofVirtual().name("progress").start(() -> progress(count));
        long period = (long) (1e9 / rate);
        for (int i = 1; i < count; i++) {
            long due = loadStart + i * period;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            Outcome outcome = outcomes[i];
            Thread.ofVirtual().start(() -> {
                try {
                    send(outcome);
                } finally {
                    done.countDown();
                }
            });
        }
        double sendSeconds = seconds();
        say("all %,d sent in %.1f s; waiting for the answers and the restarts", count, sendSeconds);
        done.await();
        killer.join();
        progress.interrupt();
        double answersSeconds = seconds();
        say("every request answered at %.1f s", answersSeconds);

        long[] quiet = awaitQuiet();
        double quietSeconds = seconds();
        say("quiet at %.1f s (inbox total %d, flows sent %d)", quietSeconds, quiet[0], quiet[1]);

        // reconciliation
        Map<String, Outcome> byId = new HashMap<>();
        Map<String, Long> finals = new TreeMap<>();
        for (Outcome o : outcomes) {
            finals.merge(label(o.finalStatus), 1L, Long::sum);
            if (o.id != null) {
                byId.put(o.id, o);
            }
        }
        Set<String> accepted = byId.keySet();
        Map<String, Long> storedCheck = new ConcurrentSkipListMap<>();
        Set<String> stored = storedAmong(accepted, storedCheck);
        say("stored: %,d of %,d accepted (checks: %s)", stored.size(), accepted.size(), storedCheck);
        Map<String, Integer> received = venueInbox();
        long flowsAfter = flowsTotal(token(COORDINATOR));
        Reconciliation r = new Reconciliation(Set.copyOf(accepted), stored, received, flowsAfter - flowsBefore);
        long unknownNotified = r.createdUnanswered().size();
        refresher.interrupt();

        Map<String, Long> deadLetters = deadLetters();
        long deadLettered = deadLetters.values().stream().mapToLong(Long::longValue).sum();
        long errors500 = statuses.entrySet().stream().filter(e -> e.getKey().equals("500"))
                .mapToLong(e -> e.getValue().sum()).sum();
        say("dead letters waiting: %s; answers 500: %d", deadLetters, errors500);

        double duration = (System.nanoTime() - began) / 1e9;
        ObjectNode report = report(count, rate, r, outcomes, finals, storedCheck, unknownNotified, byId,
                duration, sendSeconds, answersSeconds, quietSeconds);
        ObjectNode dlq = report.putObject("deadLetters");
        deadLetters.forEach(dlq::put);
        report.put("answers500", errors500);
        Files.writeString(out.resolve("report.json"), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(report) + "\n", StandardCharsets.UTF_8);
        String section = section(count, rate, r, finals, unknownNotified, byId, sendSeconds, quietSeconds, duration)
                + "- Dead letters waiting after the run: " + deadLettered + " " + deadLetters + "; answers 500: "
                + errors500 + (System.getenv("CHAOS_DOWN") == null ? "" : "; down before restart: "
                        + System.getenv("CHAOS_DOWN")) + ".\n";
        Files.writeString(out.resolve("section.md"), section, StandardCharsets.UTF_8);
        say("sent %d, accepted %d, stored %d, notified %d, duplicates %d, lost %d, flows counted %d",
                count, accepted.size(), stored.size(), r.notified(), r.duplicates(), r.lost(), r.flowsCounted());
        return r.lost() == 0 && r.duplicates() == 0 && accepted.size() == count && deadLettered == 0
                && errors500 == 0 ? 0 : 1;
    }

    // ---- the load ------------------------------------------------------------------------------------------------

    /** The first referral, before the load: the venue may still be on its way to referral-service's read model. */
    private void awaitFirstReferral(Outcome first) throws Exception {
        long deadline = System.nanoTime() + READY_BUDGET.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = create(first.key);
                last = response.statusCode() + " " + response.body();
                if (response.statusCode() == 201 || response.statusCode() == 200) {
                    first.id = JSON.readTree(response.body()).get("id").asString();
                    first.finalStatus = response.statusCode();
                    first.attempts = 1;
                    first.answeredAt = 0;
                    count(response.statusCode());
                    sent.increment();
                    answered.increment();
                    say("ready: the gateway created %s", first.id);
                    return;
                }
            } catch (IOException e) {
                last = e.toString();
            }
            Thread.sleep(1000); // polling a remote read model: nothing to await in-process
        }
        throw new IllegalStateException("no referral created within " + READY_BUDGET + ": " + last);
    }

    /** One referral: the same key until the referral is answered, or a status that no retry changes. */
    private void send(Outcome outcome) {
        sent.increment();
        long giveUp = System.nanoTime() + GIVE_UP.toNanos();
        long pause = 500;
        while (true) {
            int status;
            String body = null;
            outcome.attempts++;
            try {
                HttpResponse<String> response = create(outcome.key);
                status = response.statusCode();
                body = response.body();
            } catch (IOException e) {
                status = -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            count(status);
            if (status == 201 || status == 200) {
                try {
                    outcome.id = JSON.readTree(body).get("id").asString();
                } catch (RuntimeException e) {
                    say("answer %d without an id: %s", status, body);
                }
                outcome.finalStatus = status;
                outcome.answeredAt = seconds();
                answered.increment();
                return;
            }
            boolean retry = status == -1 || TRANSIENT.contains(status);
            if (!retry || System.nanoTime() > giveUp) {
                outcome.finalStatus = status;
                outcome.answeredAt = seconds();
                answered.increment();
                if (!retry) {
                    say("referral %s answered %d (not retried): %s", outcome.key, status, body);
                }
                return;
            }
            try {
                Thread.sleep(pause + ThreadLocalRandom.current().nextLong(pause / 2 + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pause = Math.min(pause * 2, MAX_PAUSE.toMillis());
        }
    }

    private HttpResponse<String> create(String key) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/api/referrals"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + secretaryToken.get())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private void count(int status) {
        String label = label(status);
        statuses.computeIfAbsent(label, k -> new LongAdder()).increment();
        if (loadStart != 0) {
            int window = (int) (seconds() / TIMELINE_SECONDS) * TIMELINE_SECONDS;
            timeline.computeIfAbsent(window, k -> new ConcurrentSkipListMap<>())
                    .computeIfAbsent(label, k -> new LongAdder()).increment();
        }
    }

    private static String label(int status) {
        return status == -1 ? "io-error" : status == 0 ? "none" : Integer.toString(status);
    }

    private void refreshTokens() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(TOKEN_REFRESH.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            try {
                secretaryToken.set(token(SECRETARY));
            } catch (Exception e) {
                say("token refresh failed (kept the current one, next try in %d s): %s", TOKEN_REFRESH.toSeconds(),
                        e.getMessage());
            }
        }
    }

    private void progress(int count) {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                return;
            }
            say("  %5.0f s: sent %,d/%,d, answered %,d, answers %s", seconds(), sent.sum(), count, answered.sum(),
                    snapshot(statuses));
        }
    }

    // ---- the kills -----------------------------------------------------------------------------------------------

    private void killAll(List<String> names, Duration planned) {
        for (int k = 0; k < names.size(); k++) {
            long due = loadStart + planned.toNanos() * (k + 1) / (names.size() + 1);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            try {
                kills.add(killAndRestart(names.get(k)));
            } catch (Exception e) {
                say("kill of %s failed: %s", names.get(k), e);
                kills.add(new Kill(names.get(k), -1, seconds(), sent.sum(), answered.sum(), -1, -1));
            }
        }
    }

    private Kill killAndRestart(String name) throws Exception {
        long pid = Long.parseLong(Files.readString(state.resolve("pids").resolve(name + ".pid")).trim());
        long sentBefore = sent.sum();
        long answeredBefore = answered.sum();
        double killedAt = seconds();
        // the launcher starts each process as the leader of its own process group: the whole group goes
        Process kill = new ProcessBuilder("kill", "-KILL", "--", "-" + pid).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -KILL -" + pid + " failed");
        }
        say("SIGKILL %s (pid %d) at %.1f s, after %,d sent, %,d answered", name, pid, killedAt, sentBefore,
                answeredBefore);
        awaitPortClosed(name);
        long down = downSeconds(name);
        if (down > 0) {
            say("%s stays down %d s (CHAOS_DOWN)", name, down);
            Thread.sleep(down * 1000); // the outage itself, not a wait for a condition
        }
        File log = out.resolve("launcher.log").toFile();
        Process start = new ProcessBuilder("bash", launcher, "start", name)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
        if (!start.waitFor(5, TimeUnit.MINUTES)) {
            start.destroyForcibly();
        }
        int exit = start.isAlive() ? -1 : start.exitValue();
        double healthyAt = seconds();
        say("%s restarted: %s at %.1f s (%.1f s after the kill)", name, exit == 0 ? "healthy" : "FAILED (exit "
                + exit + ", see " + log + ")", healthyAt, healthyAt - killedAt);
        return new Kill(name, pid, killedAt, sentBefore, answeredBefore, healthyAt, exit);
    }

    /** How long a killed process stays down before its restart: {@code CHAOS_DOWN=store=60,kafka=30}; else 0. */
    static long downSeconds(String name) {
        String down = System.getenv("CHAOS_DOWN");
        if (down == null || down.isBlank()) {
            return 0;
        }
        for (String entry : down.trim().split("\\s*,\\s*")) {
            String[] pair = entry.split("=", 2);
            if (pair.length == 2 && pair[0].trim().equals(name)) {
                return Long.parseLong(pair[1].trim());
            }
        }
        return 0;
    }

    /** Records waiting in the services' dead-letter topics (each service's admin endpoint), by topic. */
    private Map<String, Long> deadLetters() throws Exception {
        String admin = token("admin");
        Map<String, Long> waiting = new TreeMap<>();
        for (String variable : List.of("VENUE_PORT", "REFERRAL_PORT", "NOTIFICATION_PORT")) {
            String port = System.getenv(variable);
            if (port == null) {
                continue;
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/api/admin/dead-letters"))
                    .header("Authorization", "Bearer " + admin).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                waiting.put(variable + " answered " + response.statusCode(), -1L);
                continue;
            }
            for (JsonNode count : JSON.readTree(response.body())) {
                waiting.merge(count.path("topic").asString(), count.path("waiting").asLong(), Long::sum);
            }
        }
        return waiting;
    }

    private static void awaitPortClosed(String name) throws InterruptedException {
        String variable = switch (name) {
            case "store" -> "STORE_PORT";
            case "kafka" -> "KAFKA_PORT";
            case "venue-service" -> "VENUE_PORT";
            case "referral-service" -> "REFERRAL_PORT";
            case "notification-service" -> "NOTIFICATION_PORT";
            case "gateway" -> "GATEWAY_PORT";
            case "keycloak" -> "KEYCLOAK_PORT";
            case "redis" -> "REDIS_PORT";
            default -> null;
        };
        String port = variable == null ? null : System.getenv(variable);
        if (port == null) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(port)), 200);
            } catch (IOException closed) {
                return;
            }
            Thread.sleep(100); // a killed process's socket closes on its own
        }
    }

    // ---- quiet and reconciliation --------------------------------------------------------------------------------

    /** Until the venue's inbox total and the flows' sent total stay the same for 30 s (at most 5 minutes). */
    private long[] awaitQuiet() throws Exception {
        long deadline = System.nanoTime() + QUIET_BUDGET.toNanos();
        long[] last = {-1, -1};
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long[] now = {-1, -1};
            try {
                now[0] = inboxTotal(token(VENUE_STAFF));
                now[1] = flowsTotal(token(COORDINATOR));
            } catch (Exception e) {
                say("  not quiet: %s", e.getMessage());
            }
            if (now[0] < 0 || now[1] < 0 || now[0] != last[0] || now[1] != last[1]) {
                stableSince = System.nanoTime();
                last = now;
                say("  %5.0f s: inbox total %d, flows sent %d", seconds(), now[0], now[1]);
            } else if (System.nanoTime() - stableSince >= QUIET.toNanos()) {
                return last;
            }
            Thread.sleep(5000); // waiting on other processes: the condition is checked over HTTP
        }
        say("not quiet after %d s: reconciling anyway", QUIET_BUDGET.toSeconds());
        return last;
    }

    /** The accepted ids that the secretary reads back (200); every other answer counted in checks. */
    private Set<String> storedAmong(Set<String> ids, Map<String, Long> checks) throws Exception {
        Set<String> stored = ConcurrentHashMap.newKeySet();
        Semaphore parallel = new Semaphore(16);
        CountDownLatch done = new CountDownLatch(ids.size());
        for (String id : ids) {
            parallel.acquire();
            Thread.ofVirtual().start(() -> {
                try {
                    int status = -1;
                    for (int attempt = 0; attempt < 5; attempt++) {
                        try {
                            status = get("/api/referrals/" + id, secretaryToken.get()).statusCode();
                        } catch (IOException e) {
                            status = -1;
                        }
                        if (status == 200 || status == 404) {
                            break;
                        }
                        Thread.sleep(1000);
                    }
                    checks.merge(label(status), 1L, Long::sum);
                    if (status == 200) {
                        stored.add(id);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    parallel.release();
                    done.countDown();
                }
            });
        }
        done.await();
        return Set.copyOf(stored);
    }

    /** The venue's inbox, every page: per referral id, how many "referral received" entries. */
    private Map<String, Integer> venueInbox() throws Exception {
        String token = token(VENUE_STAFF);
        Map<String, Integer> received = new HashMap<>();
        int size = 100;
        long total = Long.MAX_VALUE;
        for (int page = 0; (long) page * size < total; page++) {
            JsonNode body = read("/api/notifications?page=" + page + "&size=" + size, token);
            total = body.get("total").asLong();
            JsonNode items = body.get("items");
            if (items.isEmpty()) {
                break;
            }
            for (JsonNode item : items) {
                if ("REFERRAL_RECEIVED".equals(item.path("kind").asString())) {
                    received.merge(item.path("referralId").asString(), 1, Integer::sum);
                }
            }
        }
        return received;
    }

    private long awaitFlowsTotal() throws Exception {
        long deadline = System.nanoTime() + READY_BUDGET.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                return flowsTotal(token(COORDINATOR));
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(1000); // polling a remote service until it answers
        }
        throw new IllegalStateException("the flows never answered", last);
    }

    private long flowsTotal(String coordinatorToken) throws Exception {
        return read("/api/flows?territory=" + EPCI + "&groupBy=week", coordinatorToken).get("totals").get("sent")
                .asLong();
    }

    private long inboxTotal(String token) throws Exception {
        return read("/api/notifications?page=0&size=1", token).get("total").asLong();
    }

    private JsonNode read(String path, String token) throws Exception {
        HttpResponse<String> response = get(path, token);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String username) throws Exception {
        return DemoTokens.of(http, keycloak, username);
    }

    // ---- report --------------------------------------------------------------------------------------------------

    private ObjectNode report(int count, double rate, Reconciliation r, Outcome[] outcomes, Map<String, Long> finals,
            Map<String, Long> storedCheck, long unknownNotified, Map<String, Outcome> byId, double duration,
            double sendSeconds, double answersSeconds, double quietSeconds) {
        ObjectNode report = JSON.createObjectNode();
        report.put("sent", outcomes.length);
        report.put("accepted201", r.accepted().size());
        report.put("stored", r.stored().size());
        report.put("notified", r.notified());
        report.put("duplicates", r.duplicates());
        report.put("lost", r.lost());
        report.put("flowsCounted", r.flowsCounted());
        ObjectNode all = report.putObject("statuses");
        statuses.forEach((k, v) -> all.put(k, v.sum()));
        ArrayNode killed = report.putArray("kills");
        for (Kill k : kills) {
            ObjectNode kill = killed.addObject();
            kill.put("name", k.name());
            kill.put("pid", k.pid());
            kill.put("killedAtSeconds", round(k.killedAt()));
            kill.put("sentBefore", k.sentBefore());
            kill.put("answeredBefore", k.answeredBefore());
            kill.put("healthyAtSeconds", round(k.healthyAt()));
            kill.put("restartExitCode", k.restartExitCode());
        }
        report.put("durationSeconds", round(duration));
        report.put("requestedCount", count);
        report.put("rate", rate);
        report.put("startedAt", Instant.now().minusMillis((long) (duration * 1000)).toString());
        ObjectNode finalStatuses = report.putObject("finalStatuses");
        finals.forEach(finalStatuses::put);
        ObjectNode checks = report.putObject("storedCheckStatuses");
        storedCheck.forEach(checks::put);
        ObjectNode breakdown = report.putObject("breakdown");
        breakdown.put("notStored", r.notStored().size());
        breakdown.put("notNotified", r.notNotified().size());
        breakdown.put("flowsMissing", r.flowsMissing());
        breakdown.put("notifiedTwice", r.notifiedTwice().size());
        breakdown.put("duplicateNotifications", r.duplicateNotifications());
        breakdown.put("flowsExtra", r.flowsExtra());
        breakdown.put("createdDespiteErrorAnswer", unknownNotified);
        ObjectNode phases = report.putObject("phasesSeconds");
        phases.put("lastSent", round(sendSeconds));
        phases.put("lastAnswer", round(answersSeconds));
        phases.put("quiet", round(quietSeconds));
        addIds(report.putArray("notStoredIds"), r.notStored(), byId);
        addIds(report.putArray("notNotifiedIds"), r.notNotified(), byId);
        addIds(report.putArray("notifiedTwiceIds"), r.notifiedTwice(), byId);
        ArrayNode failed = report.putArray("notAccepted");
        for (Outcome o : outcomes) {
            if (o.id == null) {
                ObjectNode entry = failed.addObject();
                entry.put("idempotencyKey", o.key);
                entry.put("status", o.finalStatus);
                entry.put("attempts", o.attempts);
                entry.put("answeredAtSeconds", round(o.answeredAt));
                entry.put("nearestKill", nearestKill(o.answeredAt));
            }
        }
        ObjectNode windows = report.putObject("timeline");
        timeline.forEach((window, counts) -> {
            ObjectNode w = windows.putObject(window + "s");
            counts.forEach((k, v) -> w.put(k, v.sum()));
        });
        return report;
    }

    private void addIds(ArrayNode array, Set<String> ids, Map<String, Outcome> byId) {
        for (String id : Reconciliation.sample(ids, 200)) {
            Outcome o = byId.get(id);
            ObjectNode entry = array.addObject();
            entry.put("id", id);
            entry.put("answeredAtSeconds", round(o.answeredAt));
            entry.put("attempts", o.attempts);
            entry.put("status", o.finalStatus);
            entry.put("nearestKill", nearestKill(o.answeredAt));
        }
    }

    /**
     * The kill nearest to that moment, before or after it, with the signed time from the kill ("store -0.3 s": answered
     * 0.3 s before the store was killed), or "none". A referral answered just before a kill is the one a kill can lose.
     */
    private String nearestKill(double at) {
        Kill nearest = null;
        for (Kill k : kills) {
            if (nearest == null || Math.abs(k.killedAt() - at) < Math.abs(nearest.killedAt() - at)) {
                nearest = k;
            }
        }
        return nearest == null ? "none"
                : String.format(Locale.ROOT, "%s %+.1f s", nearest.name(), at - nearest.killedAt());
    }

    /** Per nearest kill (or "none"): how many ids of the set, with the range of their signed times from it. */
    private Map<String, String> byKill(Set<String> ids, Map<String, Outcome> byId) {
        Map<String, List<Double>> offsets = new LinkedHashMap<>();
        for (String id : ids) {
            String label = nearestKill(byId.get(id).answeredAt);
            String name = label.replaceAll(" [-+].*", "");
            double offset = name.equals("none") ? 0 : Double.parseDouble(label.replaceAll(".* ([-+][0-9.]+) s", "$1"));
            offsets.computeIfAbsent(name, k -> new ArrayList<>()).add(offset);
        }
        Map<String, String> counts = new LinkedHashMap<>();
        offsets.forEach((name, list) -> counts.put(name, String.format(Locale.ROOT, "%d (answered %+.1f to %+.1f s "
                + "from the kill)", list.size(), list.stream().mapToDouble(d -> d).min().orElse(0),
                list.stream().mapToDouble(d -> d).max().orElse(0))));
        return counts;
    }

    private String section(int count, double rate, Reconciliation r, Map<String, Long> finals, long unknownNotified,
            Map<String, Outcome> byId, double sendSeconds, double quietSeconds, double duration) {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%,d referrals at %.0f/s (open model: one every %.0f ms whatever the "
                + "answers), all sent in %.0f s; quiet (inbox and flows unchanged for %d s) at %.0f s; %.0f s in "
                + "all.%n%n",
                count, rate, 1000 / rate, sendSeconds, QUIET.toSeconds(), quietSeconds, duration));
        md.append("| sent | accepted (201/200) | stored | notified | duplicates | lost | flows counted |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(String.format(Locale.ROOT, "| %,d | %,d | %,d | %,d | **%d** | **%d** | %,d |%n%n", count,
                r.accepted().size(), r.stored().size(), r.notified(), r.duplicates(), r.lost(), r.flowsCounted()));
        md.append("| SIGKILL | at (s) | referrals sent before | answered before | healthy again at (s) |\n"
                + "|---|---:|---:|---:|---:|\n");
        for (Kill k : kills) {
            md.append(String.format(Locale.ROOT, "| %s | %.1f | %,d | %,d | %s |%n", k.name(), k.killedAt(),
                    k.sentBefore(), k.answeredBefore(),
                    k.restartExitCode() == 0 ? String.format(Locale.ROOT, "%.1f", k.healthyAt())
                            : "restart failed"));
        }
        md.append("\n- Answers (every attempt): ").append(snapshot(statuses)).append("; final answer per referral: ")
                .append(finals).append(".\n");
        md.append(String.format(Locale.ROOT, "- Lost %d = not stored %d + stored but never in the venue's inbox %d + "
                + "missing from the flows %d. Duplicates %d = extra inbox entries %d + counted twice in the flows "
                + "%d.%n",
                r.lost(), r.notStored().size(), r.notNotified().size(), r.flowsMissing(), r.duplicates(),
                r.duplicateNotifications(), r.flowsExtra()));
        if (!r.notStored().isEmpty()) {
            md.append("- Not stored, by the kill nearest to their answer: ").append(byKill(r.notStored(), byId))
                    .append(".\n");
        }
        if (!r.notNotified().isEmpty()) {
            md.append("- Never notified, by the kill nearest to their answer: ")
                    .append(byKill(r.notNotified(), byId)).append(".\n");
        }
        if (!r.notifiedTwice().isEmpty()) {
            md.append("- Notified twice or more, by the kill nearest to their answer: ")
                    .append(byKill(r.notifiedTwice(), byId)).append(".\n");
        }
        if (unknownNotified > 0) {
            md.append(String.format(Locale.ROOT, "- %d referrals were created although the client was answered an "
                    + "error: their inbox entries name them (the flows are expected to count them).%n",
                    unknownNotified));
        }
        if (r.accepted().size() < count) {
            md.append(String.format(Locale.ROOT, "- %d referrals were never accepted (final answers above).%n",
                    count - r.accepted().size()));
        }
        return md.toString();
    }

    private static Map<String, Long> snapshot(Map<String, LongAdder> counts) {
        Map<String, Long> copy = new TreeMap<>();
        counts.forEach((k, v) -> copy.put(k, v.sum()));
        return copy;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 10) / 10.0;
    }

    private double seconds() {
        return loadStart == 0 ? 0 : (System.nanoTime() - loadStart) / 1e9;
    }

    private static String fractions(int n) {
        List<String> at = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            at.add(Math.round(100.0 * k / (n + 1)) + " %");
        }
        return String.join(", ", at);
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[chaos] " + format + "%n", args);
        System.out.flush();
    }
}
