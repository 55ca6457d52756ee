package fr.inclusion.orientation.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The standalone MongoDB-wire store: mongo-java-server with its H2 (MVStore) file backend, so the services' data
 * survives restarts. No transactions, no geo operators: the services are designed not to need them.
 *
 * <p>Usage: {@code MongoStore <port> <data-dir>}; listens on 127.0.0.1 only. SIGTERM closes the H2 file cleanly
 * (the shutdown hook commits and closes the MVStore); every write is committed to the file before it is acknowledged
 * (see {@link IdNarrowingH2Backend}), so an acknowledged write also survives SIGKILL.
 */
public final class MongoStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoStore.class);

    private final MongoServer server;
    private final Path file;

    private MongoStore(Path file, int port, boolean commitEachWrite) {
        this.file = file;
        this.server = new MongoServer(new IdNarrowingH2Backend(new MVStore.Builder().fileName(file.toString())
                .cacheSize(cacheMegabytes()).open(), commitEachWrite));
        server.bind("127.0.0.1", port);
    }

    /**
     * A quarter of the heap for MVStore's page cache (its default is 16 MB): pages are kept decoded in it, and a
     * page read from the file is decoded by Java deserialization, the store's costliest work once collections
     * outgrow the cache.
     */
    static int cacheMegabytes() {
        return (int) Math.max(16, Runtime.getRuntime().maxMemory() / 4 / (1024 * 1024));
    }

    /** Opens (or creates) {@code store.mv.db} in the directory and listens on 127.0.0.1:port (0 = any free port). */
    public static MongoStore open(Path dataDir, int port) throws IOException {
        return open(dataDir, port, true);
    }

    /** {@code commitEachWrite=false}: the library's delayed commits, for the benchmark's comparison only. */
    public static MongoStore open(Path dataDir, int port, boolean commitEachWrite) throws IOException {
        Files.createDirectories(dataDir);
        return new MongoStore(dataDir.toAbsolutePath().resolve("store.mv.db"), port, commitEachWrite);
    }

    public int port() {
        return server.getLocalAddress().getPort();
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + port();
    }

    /** Closes the connections, then the backend: the MVStore commits and closes the H2 file. */
    @Override
    public void close() {
        server.shutdown();
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: MongoStore <port> <data-dir>");
            System.exit(2);
        }
        MongoStore store = open(Path.of(args[1]), Integer.parseInt(args[0]));
        log.info("ready: {} (H2 file {})", store.connectionString(), store.file);
        UntilStopped.await("store-shutdown", () -> {
            log.info("stopping: closing connections and the H2 file {}", store.file);
            store.close();
            log.info("stopped");
        });
    }
}
