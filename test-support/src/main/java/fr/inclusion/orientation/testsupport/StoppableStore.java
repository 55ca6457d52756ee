package fr.inclusion.orientation.testsupport;

import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.support.TestPropertySourceUtils;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-wire store that a test stops and starts again, on the same 127.0.0.1 port, to see a service through a
 * store outage: a real mongo-java-server (memory backend, so it comes back empty) that the real driver talks to;
 * stopping it closes the listening socket and every open connection, as a crash of the store does.
 */
public final class StoppableStore {

    private static StoppableStore shared;

    private final int port;
    private MongoServer server;

    private StoppableStore() {
        this.server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        this.port = server.getLocalAddress().getPort();
    }

    /** One per test JVM, started. */
    public static synchronized StoppableStore shared() {
        if (shared == null) {
            shared = new StoppableStore();
        }
        return shared;
    }

    public String uri(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    /** Closes the port and every connection at once. */
    public synchronized void stop() {
        if (server != null) {
            server.shutdownNow();
            server = null;
        }
    }

    /** Listens on the same port again (empty). */
    public synchronized void start() {
        if (server == null) {
            MongoServer restarted = new MongoServer(new MemoryBackend());
            restarted.bind("127.0.0.1", port);
            server = restarted;
        }
    }

    /**
     * What {@link RealInfrastructure} gives (shared broker, test JWTs), with the context's store on the
     * {@linkplain #shared() stoppable store} (a fresh database) instead of the shared one.
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            new TestInfrastructure.Initializer().initialize(context);
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(context,
                    "spring.mongodb.uri=" + shared().uri("outage-" + UUID.randomUUID().toString().substring(0, 8)));
        }
    }
}
