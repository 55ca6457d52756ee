package fr.inclusion.orientation.standalone.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The standalone stack that {@code ./orientation} runs: start (build what is missing, launch each tier in parallel,
 * wait until healthy), stop (by process group, in reverse order), status. Every process runs in a session of its own
 * ({@code setsid}: its PID is its process group), its output in {@code <state>/logs/<name>.log}, its PID in
 * {@code <state>/pids/<name>.pid}.
 *
 * <p>Usage: {@code Stack <root> start|stop [name...] | status | env [dev|test|bench|chaos] | healthy <name> |
 * log <name> | get <PORT_VARIABLE> <path>}. Exit code 2 for a usage error, 1 for a failure.
 */
public final class Stack {

    private final Settings settings;
    private final Map<String, Long> launchedAt = new HashMap<>();

    public Stack(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            err("usage: Stack <root> start|stop [name...] | status | env [profile] | healthy <name> | log <name>");
            System.exit(2);
        }
        Path root = Path.of(args[0]).toAbsolutePath();
        List<String> rest = List.of(args).subList(2, args.length);
        try {
            Stack stack = new Stack(Settings.of(root, System.getenv()));
            System.exit(switch (args[1]) {
                case "start" -> stack.start(names(rest));
                case "stop" -> stack.stop(names(rest));
                case "status" -> stack.status();
                case "healthy" -> stack.health(StackProcess.named(rest.getFirst())).check() ? 0 : 1;
                case "get" -> print(Health.httpGet(stack.settings.port(rest.get(0)), rest.get(1)).stripTrailing());
                case "log" -> print(stack.settings.log(StackProcess.named(rest.getFirst()).name()).toString());
                case "env" -> print(exports(Profile.valueOf((rest.isEmpty() ? "dev" : rest.getFirst())
                        .toUpperCase(Locale.ROOT)).environment(root, System.getenv())));
                default -> {
                    err("unknown command '" + args[1] + "'");
                    yield 2;
                }
            });
        } catch (IllegalArgumentException e) {
            err(e.getMessage());
            System.exit(2);
        }
    }

    private static List<StackProcess> names(List<String> names) {
        return names.stream().map(StackProcess::named).toList();
    }

    /** export lines for bash's eval, values in single quotes. */
    static String exports(Map<String, String> env) {
        StringBuilder out = new StringBuilder();
        env.forEach((k, v) -> out.append("export ").append(k).append("='").append(v.replace("'", "'\\''"))
                .append("'\n"));
        return out.toString().stripTrailing();
    }

    // ---- start ------------------------------------------------------------------------------------------------

    /** Starts the named processes (all of them, tier after tier, when none is named). */
    public int start(List<StackProcess> processes) {
        long begin = now();
        boolean all = processes.isEmpty();
        List<StackProcess> wanted = all ? StackProcess.TABLE : processes;
        if (!ensureBuilt(wanted)) {
            return 1;
        }
        if (!all) {
            if (!startTier(wanted)) {
                return 1;
            }
            say("started " + String.join(" ", wanted.stream().map(StackProcess::name).toList()) + " in "
                    + (now() - begin) + " s");
            return 0;
        }
        say("starting the standalone stack (state: " + settings.state() + ")");
        for (List<StackProcess> tier : tiers(false)) {
            if (!startTier(tier)) {
                return 1;
            }
        }
        say("");
        say("Orientation numérique is up in " + (now() - begin) + " s.");
        say(banner());
        return 0;
    }

    static List<List<StackProcess>> tiers(boolean reverse) {
        Map<Integer, List<StackProcess>> byTier = new TreeMap<>(reverse ? Comparator.reverseOrder() : null);
        StackProcess.TABLE.forEach(p -> byTier.computeIfAbsent(p.tier(), t -> new ArrayList<>()).add(p));
        return List.copyOf(byTier.values());
    }

    /** Launches the processes of a tier, then waits for each one. */
    private boolean startTier(List<StackProcess> tier) {
        for (StackProcess process : tier) {
            if (!launch(process)) {
                return false;
            }
        }
        boolean ok = true;
        for (StackProcess process : tier) {
            ok &= await(process);
        }
        return ok;
    }

    /** Modules whose jar is missing or older than their pom.xml or main sources (standalone: built by the launcher). */
    List<String> missingModules(List<StackProcess> processes) {
        return processes.stream().filter(p -> p.kind() == StackProcess.Kind.SERVICE).map(StackProcess::name)
                .filter(module -> outdated(module, settings.jar(module))).distinct().toList();
    }

    private boolean outdated(String module, Path artefact) {
        if (!Files.isRegularFile(artefact)) {
            return true;
        }
        try (Stream<Path> sources = Stream.concat(Stream.of(settings.root().resolve(module).resolve("pom.xml")),
                Files.walk(settings.root().resolve(module).resolve("src/main")))) {
            long built = Files.getLastModifiedTime(artefact).toMillis();
            return sources.anyMatch(p -> p.toFile().lastModified() > built);
        } catch (IOException e) {
            return true;
        }
    }

    private boolean ensureBuilt(List<StackProcess> processes) {
        List<String> modules = missingModules(processes);
        if (!modules.isEmpty()) {
            String list = String.join(",", modules);
            if ("1".equals(settings.env().get("ORIENTATION_SKIP_BUILD"))) {
                say("ORIENTATION_SKIP_BUILD=1: not rebuilding " + list);
            } else {
                say("building " + list + " (mvn package, tests skipped) ...");
                long started = now();
                if (maven(settings, "-q", "-B", "-DskipTests", "package", "-pl", list, "-am") != 0) {
                    err("build failed (modules: " + list + ")");
                    return false;
                }
                say("built in " + (now() - started) + " s");
            }
        }
        for (StackProcess process : processes) {
            Path needed = process.kind() == StackProcess.Kind.SERVICE ? settings.jar(process.name())
                    : process.kind() == StackProcess.Kind.STANDALONE ? classpathFile() : null;
            if (needed != null && !Files.isRegularFile(needed)) {
                err("still missing after the build: " + needed);
                return false;
            }
        }
        return true;
    }

    /** Runs mvn in the project root (MAVEN_REPO_LOCAL: another local repository); its output goes to ours. */
    static int maven(Settings settings, String... arguments) {
        List<String> command = new ArrayList<>(List.of("mvn", "-Dstyle.color=never"));
        String repo = settings.env().get("MAVEN_REPO_LOCAL");
        if (repo != null && !repo.isBlank()) {
            command.add("-Dmaven.repo.local=" + repo);
        }
        command.addAll(List.of(arguments));
        try {
            return new ProcessBuilder(command).directory(settings.root().toFile()).inheritIO().start().waitFor();
        } catch (IOException e) {
            err("could not run mvn: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private Path classpathFile() {
        return settings.root().resolve("standalone/target/classpath.txt");
    }

    /** Launches one process in a session of its own, output to its log. */
    private boolean launch(StackProcess process) {
        String name = process.name();
        Long running = pidOf(process);
        if (running != null) {
            say("  " + name + " already running (pid " + running + ")");
            return true;
        }
        int port = process.port(settings);
        if (Health.portOpen(port)) {
            err(name + ": port " + port + " is already in use by a process this launcher did not start (state "
                    + settings.state() + ")");
            return false;
        }
        if (name.equals("mail") && Health.portOpen(settings.port("MAIL_API_PORT"))) {
            err("mail: port " + settings.port("MAIL_API_PORT") + " (MAIL_API_PORT) is already in use by a process "
                    + "this launcher did not start");
            return false;
        }
        Path log = settings.log(name);
        try {
            for (String dir : List.of("logs", "pids", "data")) {
                Files.createDirectories(settings.state().resolve(dir));
            }
            if (Files.exists(log)) {
                Files.move(log, log.resolveSibling(name + ".log.1"), StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(log, "");
            if (!prepare(process)) {
                return false;
            }
            List<String> command = new ArrayList<>(List.of("setsid"));
            command.addAll(process.command().apply(settings));
            ProcessBuilder builder = new ProcessBuilder(command).directory(settings.state().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).redirectErrorStream(true);
            builder.environment().putAll(process.environment().apply(settings));
            long pid = builder.start().pid();
            Files.writeString(settings.pidFile(name), pid + "\n");
            launchedAt.put(name, now());
            say("  " + name + " starting (pid " + pid + ", port " + port + ", log " + log + ")");
            return true;
        } catch (IOException | UncheckedIOException e) {
            err(name + ": " + e.getMessage());
            return false;
        }
    }

    private boolean prepare(StackProcess process) throws IOException {
        return switch (process.kind()) {
            case STANDALONE -> copyStandaloneClasspath(process.name())
                    && (!process.name().equals("kafka") || Preparation.kafka(settings));
            case REDIS -> Preparation.redis(settings);
            case KEYCLOAK -> Preparation.keycloak(settings);
            case SERVICE -> {
                Path jar = settings.jar(process.name());
                if (!Files.isRegularFile(jar)) {
                    err(process.name() + ": jar missing: " + jar);
                    yield false;
                }
                // a running JVM reads its nested jars lazily: run a private copy so that an `mvn package` during
                // the session does not pull the jar from under it
                Files.createDirectories(settings.lib());
                Files.copy(jar, settings.lib().resolve(process.name() + ".jar"), StandardCopyOption.REPLACE_EXISTING);
                yield true;
            }
        };
    }

    /** store, kafka and mail run from a copy of this module's classes plus its runtime classpath (classpath.txt). */
    private boolean copyStandaloneClasspath(String name) throws IOException {
        Path classes = settings.lib().resolve(name + "-classes");
        Files.createDirectories(settings.lib());
        deleteTree(classes);
        Path source = settings.root().resolve("standalone/target/classes");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = classes.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Files.copy(classpathFile(), settings.lib().resolve(name + "-classpath.txt"), StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    static String standaloneClasspath(Settings settings, String name) {
        try {
            return settings.lib().resolve(name + "-classes") + File.pathSeparator
                    + Files.readString(settings.lib().resolve(name + "-classpath.txt")).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Waits until healthy; fails early if the process dies. */
    private boolean await(StackProcess process) {
        String name = process.name();
        long started = launchedAt.getOrDefault(name, now());
        long timeout = process.timeoutSeconds(settings);
        Long pid = readPid(name);
        Health health = health(process);
        while (true) {
            if (health.check()) {
                say("  " + name + " healthy (" + (now() - started) + " s)");
                return true;
            }
            if (pid == null || !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                failWithLog(name, "process exited before becoming healthy");
                settings.pidFile(name).toFile().delete();
                return false;
            }
            if (now() - started >= timeout) {
                failWithLog(name, "not healthy after " + timeout + " s");
                return false;
            }
            pause(500);
        }
    }

    Health health(StackProcess process) {
        return process.health().apply(settings);
    }

    private void failWithLog(String name, String reason) {
        Path log = settings.log(name);
        err(name + ": " + reason);
        err("---- last lines of " + log + " ----");
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            lines.subList(Math.max(0, lines.size() - 60), lines.size()).forEach(System.err::println);
        } catch (IOException e) {
            // no log yet
        }
        err("----");
    }

    // ---- stop, status -----------------------------------------------------------------------------------------

    /** Stops the named processes one after the other (all of them, tier by tier in reverse, when none is named). */
    public int stop(List<StackProcess> processes) {
        if (!processes.isEmpty()) {
            processes.forEach(this::stopOne);
            return 0;
        }
        for (List<StackProcess> tier : tiers(true)) {
            tier.stream().map(p -> CompletableFuture.runAsync(() -> stopOne(p))).toList()
                    .forEach(CompletableFuture::join);
        }
        return 0;
    }

    private void stopOne(StackProcess process) {
        String name = process.name();
        Long pid = pidOf(process);
        if (pid == null) {
            settings.pidFile(name).toFile().delete();
            return;
        }
        long grace = settings.seconds("ORIENTATION_STOP_GRACE", 20);
        if (!signalGroup("TERM", pid)) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        }
        int waited = 0;
        while (groupAlive(pid) && waited < grace * 10) {
            pause(100);
            waited++;
        }
        if (groupAlive(pid)) {
            err(name + " (pid " + pid + ") still running after " + grace + " s: SIGKILL");
            signalGroup("KILL", pid);
            pause(500);
        }
        settings.pidFile(name).toFile().delete();
        say("  " + name + " stopped (" + waited / 10 + " s)");
    }

    private static boolean signalGroup(String signal, long pid) {
        try {
            return new ProcessBuilder("kill", "-" + signal, "--", "-" + pid).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Any process left in the group (field 5 of /proc/<pid>/stat is its process group). */
    static boolean groupAlive(long group) {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .anyMatch(p -> {
                        try {
                            String stat = Files.readString(p.resolve("stat"));
                            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                            return Long.parseLong(fields[2]) == group;
                        } catch (IOException | RuntimeException e) {
                            return false;
                        }
                    });
        } catch (IOException e) {
            return false;
        }
    }

    public int status() {
        boolean anyDown = false;
        System.out.printf("%-22s %-8s %-6s %s%n", "NAME", "PID", "PORT", "STATE");
        for (StackProcess process : StackProcess.TABLE) {
            Long pid = pidOf(process);
            String state;
            if (pid == null) {
                state = "down";
            } else {
                state = health(process).check() ? "up" : "starting/unhealthy";
            }
            anyDown |= !state.equals("up");
            System.out.printf("%-22s %-8s %-6s %s%n", process.name(), pid == null ? "-" : pid,
                    process.port(settings), state);
        }
        say("state: " + settings.state());
        return anyDown ? 1 : 0;
    }

    private Long readPid(String name) {
        try {
            return Long.parseLong(Files.readString(settings.pidFile(name)).trim());
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /**
     * The PID in the file, if that process is alive and still ours: its command line carries
     * {@code -Dorientation.process=<name>} (against a recycled PID); kc.sh runs as a shell script for a moment before
     * it execs the JVM; redis-server's is its own config file, the process title left unchanged.
     */
    Long pidOf(StackProcess process) {
        Long pid = readPid(process.name());
        if (pid == null) {
            return null;
        }
        try {
            List<String> arguments = List.of(Files.readString(Path.of("/proc", pid.toString(), "cmdline"))
                    .split("\0"));
            return isOurs(process.name(), arguments) ? pid : null;
        } catch (IOException e) {
            return null;
        }
    }

    boolean isOurs(String name, List<String> arguments) {
        return arguments.contains("-Dorientation.process=" + name)
                || name.equals("keycloak") && arguments.contains(settings.keycloakHome().resolve("bin/kc.sh").toString())
                || name.equals("redis") && arguments.contains(settings.redisConf().toString())
                        && arguments.stream().anyMatch(a -> a.contains("redis-server"));
    }

    private String banner() {
        int gateway = settings.port("GATEWAY_PORT");
        int keycloak = settings.port("KEYCLOAK_PORT");
        String issuer = settings.issuer();
        return """

                  In a browser             http://127.0.0.1:%1$d/   (sign-in at Keycloak, then the pages; /logout signs out)
                  Gateway (API)            http://127.0.0.1:%1$d/api/...
                  Keycloak token endpoint  %2$s/protocol/openid-connect/token   (client_id=cli, grant_type=password)
                  Keycloak admin console   http://127.0.0.1:%3$d/admin/   (admin / admin, master realm — standalone only)
                  E-mails sent (captured)  ./orientation mail   (SMTP 127.0.0.1:%4$d, JSON http://127.0.0.1:%5$d/messages)
                  Redis (gateway sessions, rate limits)  127.0.0.1:%6$d   (data in %7$s)
                  Status / logs / stop     ./orientation status | ./orientation logs <name> | ./orientation stop

                  Demo accounts of realm "orientation" (password = username, demo data only):
                    secretaire.revigny      secretary    communes 55427 (Revigny-sur-Ornain)
                    secretaire.sommeilles   secretary    communes 55493 (Sommeilles)
                    lieu.franceservices     venue_staff  venue demo-revigny-france-services
                    lieu.mediatheque        venue_staff  venue demo-revigny-mediatheque
                    coord.revigny           coordinator  territory 245501184 (EPCI du Pays de Revigny-sur-Ornain)
                    coord.meuse             coordinator  territory 55 (Meuse)
                    admin                   admin

                  Token:  curl -s -d grant_type=password -d client_id=cli -d username=secretaire.revigny \\
                            -d password=secretaire.revigny %2$s/protocol/openid-connect/token"""
                .formatted(gateway, issuer, keycloak, settings.port("MAIL_SMTP_PORT"), settings.port("MAIL_API_PORT"),
                        settings.port("REDIS_PORT"), settings.state().resolve("data/redis"));
    }

    // ---- small helpers ----------------------------------------------------------------------------------------

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int print(String text) {
        System.out.println(text);
        return 0;
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    static void err(String line) {
        System.err.println("orientation: " + line);
    }

    static String clusterId() {
        // a base64url UUID without padding, never starting with "-" (the storage tool would read it as an option)
        SecureRandom random = new SecureRandom();
        while (true) {
            byte[] bytes = new byte[16];
            random.nextBytes(bytes);
            String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            if (!id.startsWith("-")) {
                return id;
            }
        }
    }
}
