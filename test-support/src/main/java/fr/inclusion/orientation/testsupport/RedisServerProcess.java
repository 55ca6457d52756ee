package fr.inclusion.orientation.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A real Redis server for tests that run without Docker: Debian's {@code redis-server} (installed by
 * {@code ./orientation test} when missing), one per test JVM, on a free loopback port, without persistence, stopped
 * with the JVM. Ready once it answers {@code PING} with {@code +PONG}.
 */
public final class RedisServerProcess {

    static final Path EXECUTABLE = Path.of(System.getProperty("orientation.redis-server", "/usr/bin/redis-server"));

    private static RedisServerProcess shared;

    private final Process process;
    private final int port;

    private RedisServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The JVM's Redis, started on first use. */
    public static synchronized RedisServerProcess shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    static RedisServerProcess start() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE + " is missing: install Debian's redis-server "
                    + "(./orientation test does it) or run the tests where Docker is available");
        }
        int port = freePort();
        try {
            Path dir = Files.createTempDirectory("redis-test-");
            Process process = new ProcessBuilder(List.of(EXECUTABLE.toString(), "--port", Integer.toString(port),
                    "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", dir.toString(),
                    "--daemonize", "no", "--loglevel", "warning"))
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile())
                    .start();
            RedisServerProcess redis = new RedisServerProcess(process, port);
            Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
            redis.awaitPong(Duration.ofSeconds(20));
            return redis;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** True when the server answers {@code PING} with {@code +PONG}. */
    public boolean ping() {
        try (Socket socket = new Socket(host(), port)) {
            socket.setSoTimeout(2_000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = in.readNBytes(7);
            return "+PONG\r\n".equals(new String(answer, StandardCharsets.US_ASCII));
        } catch (IOException notYet) {
            return false;
        }
    }

    private void awaitPong(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!ping()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited with " + process.exitValue());
            }
            if (Instant.now().isAfter(deadline)) {
                process.destroy();
                throw new IllegalStateException("redis-server did not answer PING within " + timeout);
            }
            Thread.onSpinWait();
            try {
                process.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
