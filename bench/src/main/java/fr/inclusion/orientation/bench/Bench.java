package fr.inclusion.orientation.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import fr.inclusion.orientation.bench.chaos.ChaosRun;
import fr.inclusion.orientation.bench.notify.NotifyBenchmark;
import fr.inclusion.orientation.bench.referral.ReferralBenchmark;
import fr.inclusion.orientation.bench.search.GatewayBenchmark;
import fr.inclusion.orientation.bench.search.SearchBenchmark;
import fr.inclusion.orientation.standalone.stack.Health;
import fr.inclusion.orientation.standalone.stack.Ports;
import fr.inclusion.orientation.standalone.stack.Profile;

/**
 * {@code ./orientation bench search|referrals|notify} and {@code ./orientation chaos}: each starts the stack it
 * measures (a stack of its own through the launcher: {@link Profile#BENCH} or {@link Profile#CHAOS}, fresh state,
 * shifted ports), runs its load generator in a JVM of its own, always stops the stack, and writes its section of
 * docs/BENCHMARKS.md (then prints it).
 *
 * <p>Environment: BENCH_USERS (24), BENCH_WARMUP_SECONDS (30), BENCH_SECONDS (20), BENCH_NOTIFY_RATE (200),
 * BENCH_VENUES (25000), BENCH_SEARCHES (2000), ORIENTATION_BENCH_STACK=fresh (bench search never uses the running
 * stack), BENCH_SERVICE_JAVA_OPTS, BENCH_STORE_JAVA_OPTS, ORIENTATION_BENCH_PORT_OFFSET (20000); chaos:
 * ORIENTATION_CHAOS_PORT_OFFSET (15000), CHAOS_KILLS, CHAOS_DOWN, CHAOS_SECTION (Chaos).
 *
 * <p>Usage: {@code Bench <root> <launcher> search|referrals|notify|chaos [count] [rate]}.
 */
public final class Bench {

    private final Path root;
    private final Path launcher;
    private final Map<String, String> env = System.getenv();
    private final BenchmarksDoc doc;
    private final Path work;
    private Map<String, String> stackEnv = Map.of();
    private String stackNote = "";
    private Thread stopOnExit;

    private Bench(Path root, Path launcher) throws IOException {
        this.root = root;
        this.launcher = launcher;
        this.doc = new BenchmarksDoc(root.resolve("docs/BENCHMARKS.md"));
        this.work = Files.createTempDirectory("bench");
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("orientation: usage: ./orientation bench search|referrals|notify");
            System.exit(2);
        }
        Bench bench = new Bench(Path.of(args[0]), Path.of(args[1]));
        long begin = System.currentTimeMillis();
        int rc = switch (args[2]) {
            case "search" -> bench.search();
            case "referrals" -> bench.referrals();
            case "notify" -> bench.notifications();
            case "chaos" -> bench.chaos(args.length > 3 ? args[3] : "10000", args.length > 4 ? args[4] : "40");
            default -> {
                System.err.println("orientation: usage: ./orientation bench search|referrals|notify");
                yield 2;
            }
        };
        if (rc != 2) {
            say((args[2].equals("chaos") ? "chaos run: " : "written to docs/BENCHMARKS.md (")
                    + (System.currentTimeMillis() - begin) / 1000 + " s"
                    + (args[2].equals("chaos") ? ", report in " + bench.root.resolve("target/chaos/report.json") : ")"));
        }
        System.exit(rc);
    }

    // ---- the benchmarks ---------------------------------------------------------------------------------------

    /**
     * 1. in-service: venue-service's index over 1k, 25k and 100k generated venues; 2. through the gateway: against
     * the running stack if its gateway and venue-service answer, otherwise a bench stack; 25,000 venues are loaded,
     * venue-service restarted to time its index build from the store, then searches are timed.
     */
    private int search() throws Exception {
        say("== [1/2] in-service search latency (venue-service's index, generated venues)");
        String loadInService = loadAverage();
        Path inService = work.resolve("in-service.md");
        if (java(List.of("-Xms1g", "-Xmx3g", "-XX:+UseParallelGC"), SearchBenchmark.class, inService.toString()) != 0) {
            err("in-service benchmark failed");
            return 1;
        }
        say("== [2/2] through the gateway");
        int rc = 0;
        boolean ownStack = false;
        Ports running = Ports.fromEnvironment(env);
        if (!"fresh".equals(env.get("ORIENTATION_BENCH_STACK"))
                && Health.httpUp(running.get("GATEWAY_PORT"), "/actuator/health/readiness").check()
                && Health.httpUp(running.get("VENUE_PORT"), "/actuator/health/readiness").check()) {
            stackEnv = Profile.DEV.environment(root, env);
            stackNote = "the running stack (state " + stackEnv.get("ORIENTATION_STATE")
                    + "): the 25,000 bench venues (ids bench-*) stay in its store";
            say("using " + stackNote);
        } else {
            ownStack = true;
            rc = up(Profile.BENCH, "venue-service and gateway", "venue-service", "gateway");
        }
        List<String> urls = List.of(url("GATEWAY_PORT"), url("KEYCLOAK_PORT"), url("VENUE_PORT"));
        String venues = env.getOrDefault("BENCH_VENUES", "25000");
        StringBuilder gateway = new StringBuilder();
        if (rc == 0) {
            rc = java(List.of("-Xmx1g"), GatewayBenchmark.class, args("load", urls, work.resolve("load.md"), venues));
            gateway.append(read("load.md"));
        }
        if (rc == 0 && ownStack) {
            // the index is rebuilt from the store at start: restart venue-service to time it with the venues loaded
            rc = launcher("stop", "venue-service") == 0 && launcher("start", "venue-service") == 0 ? 0 : 1;
            Path log = Path.of(stackEnv.get("ORIENTATION_STATE"), "logs", "venue-service.log");
            String marker = "Search index built from the store: ";
            Files.readAllLines(log, StandardCharsets.ISO_8859_1).stream().filter(l -> l.contains(marker))
                    .reduce((a, b) -> b).ifPresent(line -> gateway.append("- venue-service restarted with the venues "
                            + "in its store: index built from the store (read, hours parsed, indexed) with "
                            + line.substring(line.indexOf(marker) + marker.length()) + " (log of DirectoryIndex).\n"));
        }
        String loadGateway = loadAverage();
        if (rc == 0) {
            rc = java(List.of("-Xmx1g"), GatewayBenchmark.class, args("search", urls, work.resolve("search.md"),
                    venues, env.getOrDefault("BENCH_SEARCHES", "2000")));
            gateway.append(read("search.md"));
        }
        if (ownStack) {
            down();
        }
        doc.writeHead("""
                # Benchmarks

                Written by `./orientation bench search` (never part of `./orientation test`); run it again to refresh. Measured on
                %s at commit %s, on this project's machine (%d CPU cores, shared with other work while
                measuring), Java %s. Targets (issue [B]): search p99 < 5 ms in-service, import < 15 s, cost from 1k to
                100k venues growing < 3×.

                Generated venues (fixed seed): spread over metropolitan France, half offering administrative help, 1 to 4 services
                each, hours in the shapes real records use (weekly, `PH off`, seasonal, none), 3 %% mobile venues with stops in
                Meuse communes, 5 %% with intake paused. Searches: a resident of a random Meuse commune, a need drawn as often as
                venues offer it, each constraint asked one time in four, a time in the coming week, `limit=10`.

                ## Search in-service

                What `GET /api/venues/search` runs once its parameters are read: `VenueIndex.search` (scoring, reasons, next
                opening) over the in-memory index, one thread, each search timed, after a JIT warm-up; median of three rounds.
                Load average of the machine when it started: %s.

                %s
                ## Through the gateway

                Against %s. Java HTTP client, one search at a time, real Keycloak tokens. Load average of the machine
                before the searches: %s (the client, the gateway, venue-service, Kafka and the store share its cores, so
                HTTP tail latencies vary from run to run).

                %s""".formatted(today(), commit(), cores(), javaVersion(), loadInService, read("in-service.md"),
                stackNote, loadGateway, orElse(gateway.toString(),
                        "- Not measured: the gateway benchmark failed (see its output).\n")));
        say("");
        say(Files.readString(root.resolve("docs/BENCHMARKS.md")));
        return rc;
    }

    /** Creations per second and p50/p99 of POST /api/referrals, straight to referral-service and through the gateway. */
    private int referrals() throws Exception {
        int rc = up(Profile.BENCH, "venue-service, referral-service and gateway", "venue-service", "referral-service",
                "gateway");
        String load = loadAverage();
        if (rc == 0) {
            say("== creations, straight to referral-service and through the gateway");
            rc = java(List.of("-Xmx512m"), ReferralBenchmark.class, args(url("GATEWAY_PORT"), url("KEYCLOAK_PORT"),
                    url("REFERRAL_PORT"), work.resolve("referrals.md"), env.getOrDefault("BENCH_USERS", "24"),
                    warmUp(), seconds()));
        }
        down();
        section("Referrals", """
                ## Referrals

                Written by `./orientation bench referrals`; run it again to refresh. Measured on %s at commit
                %s, %d CPU cores shared by the load generator, the gateway, referral-service, venue-service, Kafka,
                Keycloak and the store (load average before the run: %s), Java %s. Against %s.
                `POST /api/referrals` with a real Keycloak token of `secretaire.revigny` (checked by the gateway and by
                referral-service), the README's body (commune 55427, venue `demo-revigny-france-services`, need « Aide aux
                démarches administratives »): each creation checks the venue read model and the secretary's communes, encrypts the
                first name and contact, and stores the referral with its outbox entry, relayed to Kafka meanwhile.

                %s""".formatted(today(), commit(), cores(), load, javaVersion(), stackNote, orElse(read("referrals.md"),
                "- Not measured: the referral benchmark failed (see its output).\n")));
        return rc;
    }

    /** From a referral created through the gateway to the Server-Sent Event at the venue, p50/p99 at a fixed rate. */
    private int notifications() throws Exception {
        int rc = up(Profile.BENCH, "the mail server, venue-service, referral-service, notification-service and gateway",
                "mail", "venue-service", "referral-service", "notification-service", "gateway");
        String load = loadAverage();
        if (rc == 0) {
            say("== referrals created through the gateway, notifications received on the venue's live stream");
            rc = java(List.of("-Xmx512m"), NotifyBenchmark.class, args(url("GATEWAY_PORT"), url("KEYCLOAK_PORT"),
                    work.resolve("notify.md"), env.getOrDefault("BENCH_NOTIFY_RATE", "200"), warmUp(), seconds()));
        }
        down();
        section("Notifications", """
                ## Notifications

                Written by `./orientation bench notify`; run it again to refresh. Measured on %s at commit
                %s, %d CPU cores shared by the load generator and the whole stack (load average before the run:
                %s), Java %s. Against %s. `lieu.franceservices` listens on
                `GET /api/notifications/stream` through the gateway; `secretaire.revigny` creates referrals for
                `demo-revigny-france-services` through the gateway (real Keycloak tokens). Path of each notification: referral
                stored with its outbox entry → relayed to Kafka → consumed by notification-service → inbox entry stored → pushed on
                the open stream → through the gateway to the client.

                %s""".formatted(today(), commit(), cores(), load, javaVersion(), stackNote, orElse(read("notify.md"),
                "- Not measured: the notification benchmark failed (see its output).\n")));
        return rc;
    }

    /**
     * count referrals through the gateway at rate/s while the processes in CHAOS_KILLS are each killed with SIGKILL
     * once and restarted; then every accepted referral must be stored, in its venue's inbox once and in the flows
     * once. Non-zero exit when anything was lost or duplicated (see {@link ChaosRun}).
     */
    private int chaos(String count, String rate) throws Exception {
        if (!count.matches("[1-9][0-9]*") || !rate.matches("[0-9]+([.][0-9]+)?")) {
            err("usage: ./orientation chaos [count] [rate]");
            return 2;
        }
        Path out = root.resolve("target/chaos");
        int rc = up(Profile.CHAOS, "the mail server, venue-service, referral-service, notification-service and gateway",
                "mail", "venue-service", "referral-service", "notification-service", "gateway") == 0 ? 0 : 2;
        String load = loadAverage();
        if (rc == 0) {
            deleteTree(out);
            Files.createDirectories(out);
            rc = java(List.of("-Xmx512m"), ChaosRun.class, args(url("GATEWAY_PORT"), url("KEYCLOAK_PORT"), launcher,
                    stackEnv.get("ORIENTATION_STATE"), count, rate, out));
        }
        down();
        Path section = out.resolve("section.md");
        if (!Files.isRegularFile(section) || Files.size(section) == 0) {
            err("no chaos report (see the output above)");
            return rc == 0 ? 1 : rc;
        }
        String title = env.getOrDefault("CHAOS_SECTION", "Chaos");
        section(title, """
                ## %s

                Written by `./orientation chaos [count] [rate]`; run it again to refresh (raw figures: `target/chaos/report.json`).
                Measured on %s at commit %s, %d CPU cores shared by the load generator and the
                whole stack (load average before the run: %s), Java %s. Against %s.
                `secretaire.revigny` creates referrals for `demo-revigny-france-services` through the gateway (Keycloak token
                refreshed every minute), each with its own `Idempotency-Key`, sent again with the same key after an I/O error,
                401, 429, 502, 503 or 504 until the referral is answered (201, or 200 when an earlier attempt had created it).
                Meanwhile %s get SIGKILL (process group), one
                at a time at equal fractions of the run, each restarted with `./orientation start <name>` before the next. Then,
                once quiet: every accepted id read back by the secretary, `lieu.franceservices`'s inbox paged and its
                `REFERRAL_RECEIVED` entries counted per referral, `coord.revigny`'s `GET /api/flows?territory=245501184`
                `totals.sent` compared with its value before the run.

                %s""".formatted(title, today(), commit(), cores(), load, javaVersion(), stackNote,
                env.getOrDefault("CHAOS_KILLS", "referral-service, notification-service, kafka and store"),
                Files.readString(section)));
        return rc;
    }

    // ---- the stack --------------------------------------------------------------------------------------------

    /**
     * A stack of its own (fresh state, shifted ports, services with full JIT), started through the launcher:
     * store, kafka, redis, keycloak, then the processes named, in order; stopped by {@link #down()} (or on exit).
     */
    private int up(Profile profile, String description, String... processes) throws IOException, InterruptedException {
        stackEnv = profile.environment(root, env);
        Path state = Path.of(stackEnv.get("ORIENTATION_STATE"));
        stackNote = "a %s stack of its own (fresh state in %s, ports +%d; store, Kafka, Redis, Keycloak, %s; services with -Xmx1g, SerialGC and full JIT)"
                .formatted(profile == Profile.CHAOS ? "chaos" : "bench", state.getFileName(), profile.offset(env),
                        description);
        quietly("stop");
        deleteTree(state);
        stopOnExit = new Thread(() -> quietly("stop"));
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        say("== starting " + stackNote);
        if (launcher("start", "store", "kafka", "redis", "keycloak") != 0) {
            err("the stack did not start");
            return 1;
        }
        for (String process : processes) {
            if (launcher("start", process) != 0) {
                err("the stack did not start");
                return 1;
            }
        }
        return 0;
    }

    private void down() throws IOException, InterruptedException {
        if (stopOnExit != null) {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
            stopOnExit = null;
            launcher("stop");
        }
    }

    private int launcher(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(stackEnv);
        return builder.start().waitFor();
    }

    private void quietly(String... arguments) {
        try {
            List<String> command = new ArrayList<>(List.of("bash", launcher.toString()));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().putAll(stackEnv);
            builder.start().waitFor();
        } catch (IOException e) {
            // nothing to stop
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A main class of this module in a JVM of its own (its heap sized for its load), with the stack's environment. */
    private int java(List<String> options, Class<?> main, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(stackEnv);
        return builder.start().waitFor();
    }

    private String url(String portVariable) {
        return "http://127.0.0.1:" + stackEnv.get(portVariable);
    }

    // ---- small helpers ----------------------------------------------------------------------------------------

    private void section(String title, String text) throws IOException {
        doc.writeSection(title, text);
        say("");
        say(text);
    }

    private static String[] args(Object... values) {
        List<String> out = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof List<?> list) {
                list.forEach(v -> out.add(v.toString()));
            } else {
                out.add(value.toString());
            }
        }
        return out.toArray(String[]::new);
    }

    private String read(String name) throws IOException {
        Path file = work.resolve(name);
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }

    private static String orElse(String text, String fallback) {
        return text.isBlank() ? fallback : text;
    }

    private String warmUp() {
        return env.getOrDefault("BENCH_WARMUP_SECONDS", "30");
    }

    private String seconds() {
        return env.getOrDefault("BENCH_SECONDS", "20");
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
            return String.join(" ", List.of(fields).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private String commit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short", "HEAD").directory(root.toFile()).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return git.waitFor() == 0 && !out.isEmpty() ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static String javaVersion() {
        return System.getProperty("java.version");
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static void err(String line) {
        System.err.println("orientation: " + line);
    }
}
