package fr.inclusion.orientation.testsupport;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real {@code redis-server} per test JVM (Debian's package, the one the launcher runs), on a free 127.0.0.1 port,
 * in a temporary directory, nothing persisted ({@code --save "" --appendonly no}); stopped and its directory deleted
 * by a shutdown hook. Started on first use:
 *
 * <pre>{@code
 * @DynamicPropertySource
 * static void redis(DynamicPropertyRegistry registry) {
 *     RedisServerProcess.register(registry); // spring.data.redis.host / port
 * }
 * }</pre>
 *
 * The executable is {@code -Dorientation.redis-server}, else {@code $REDIS_SERVER}, else
 * {@code /usr/bin/redis-server}, else {@code redis-server} on the {@code PATH}; without one it fails saying how to
 * install it. Tests that share the server should use keys of their own (or a prefix).
 */
public final class RedisServerProcess {

    public static final String EXECUTABLE_PROPERTY = "orientation.redis-server";
    private static final String HOST = "127.0.0.1";
    private static final long START_TIMEOUT_MILLIS = 15_000;

    private static RedisServerProcess shared;

    private final Process process;
    private final int port;
    private final Path directory;

    private RedisServerProcess(Process process, int port, Path directory) {
        this.process = process;
        this.port = port;
        this.directory = directory;
    }

    /** The server of this JVM, started on the first call. */
    public static synchronized RedisServerProcess shared() {
        if (shared == null) {
            RedisServerProcess started = start(executable());
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "redis-server-stop"));
            shared = started;
        }
        return shared;
    }

    /** {@code spring.data.redis.host} and {@code spring.data.redis.port} of the shared server. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", () -> shared().host());
        registry.add("spring.data.redis.port", () -> shared().port());
    }

    public String host() {
        return HOST;
    }

    public int port() {
        return port;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Starts a server of the given executable (a free port is retried if another process takes it meanwhile). */
    static RedisServerProcess start(Path executable) {
        if (!Files.isRegularFile(executable) || !Files.isExecutable(executable)) {
            throw new IllegalStateException("redis-server not found at " + executable + ": the gateway's tests need "
                    + "Debian's redis-server (apt-get update && apt-get install -y redis-server; ./orientation start "
                    + "installs it too), or -D" + EXECUTABLE_PROPERTY + "=<path> / REDIS_SERVER=<path>");
        }
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return startOnce(executable, freePort());
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw last;
    }

    private static RedisServerProcess startOnce(Path executable, int port) {
        Path directory;
        try {
            directory = Files.createTempDirectory("redis-test-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a directory for redis-server", e);
        }
        Path log = directory.resolve("redis.log");
        List<String> command = List.of(executable.toString(), "--bind", HOST, "--port", Integer.toString(port),
                "--save", "", "--appendonly", "no", "--dir", directory.toString(), "--daemonize", "no",
                "--protected-mode", "yes", "--logfile", "", "--always-show-logo", "no");
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            deleteQuietly(directory);
            throw new IllegalStateException("could not run " + executable + ": " + e.getMessage(), e);
        }
        RedisServerProcess server = new RedisServerProcess(process, port, directory);
        try {
            await().atMost(Duration.ofMillis(START_TIMEOUT_MILLIS)).pollInterval(Duration.ofMillis(50))
                    .until(() -> !process.isAlive() || server.pong());
        } catch (ConditionTimeoutException e) {
            // reported below with the server's output
        }
        if (!process.isAlive()) {
            String output = read(log);
            deleteQuietly(directory);
            throw new IllegalStateException("redis-server exited (code " + process.exitValue() + ") before "
                    + "answering on " + HOST + ":" + port + ":\n" + output);
        }
        if (server.pong()) {
            return server;
        }
        String output = read(log);
        server.stop();
        throw new IllegalStateException("redis-server did not answer PING on " + HOST + ":" + port + " within "
                + START_TIMEOUT_MILLIS + " ms:\n" + output);
    }

    /** True when the server answers PING with +PONG. */
    boolean pong() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[7];
            int read = 0;
            while (read < answer.length) {
                int n = in.read(answer, read, answer.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
            return "+PONG\r\n".equals(new String(answer, 0, read, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGTERM, then SIGKILL after 5 s; the directory is deleted. */
    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteQuietly(directory);
    }

    static Path executable() {
        String configured = System.getProperty(EXECUTABLE_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv("REDIS_SERVER");
        }
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        Path debian = Paths.get("/usr/bin/redis-server");
        if (Files.isExecutable(debian)) {
            return debian;
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Paths.get(dir, "redis-server");
                if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        return debian;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(HOST, 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }

    private static String read(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
