package fr.inclusion.orientation.standalone;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standalone store run the way the launcher runs it: {@code java -cp … MongoStore 0 <data-dir>} in a JVM of its
 * own, its output in a file; ready once it logs the address it listens on.
 */
final class StoreProcess implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("ready: (mongodb://127\\.0\\.0\\.1:\\d+)");

    private final Process process;
    private final String connectionString;

    private StoreProcess(Process process, String connectionString) {
        this.process = process;
        this.connectionString = connectionString;
    }

    static StoreProcess start(Path dataDir, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                MongoStore.class.getName(), "0", dataDir.toString()))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        String[] address = new String[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("the store exited: " + Files.readString(log, StandardCharsets.UTF_8));
            }
            Matcher ready = READY.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (ready.find()) {
                address[0] = ready.group(1);
                return true;
            }
            return false;
        });
        return new StoreProcess(process, address[0]);
    }

    String connectionString() {
        return connectionString;
    }

    /** SIGKILL on Linux: no shutdown hook, no final commit. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the shutdown hook closes the file. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
