package fr.inclusion.orientation.testsupport;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;

/**
 * A MongoDB-wire store that a test stops and starts again, on the same 127.0.0.1 port, to see a service through a
 * store outage: a real mongo-java-server that the real driver talks to; stopping it closes the listening socket and
 * every open connection, as a crash of the store does, and it comes back with its data, as a restarted store does.
 */
public final class StoppableStore {

    private static StoppableStore shared;

    private final KeptBackend data = new KeptBackend(new MemoryBackend());
    private final int port;
    private MongoServer server;

    private StoppableStore() {
        this.server = new MongoServer(data);
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

    /** Listens on the same port again, with the data it had. */
    public synchronized void start() {
        if (server == null) {
            MongoServer restarted = new MongoServer(data);
            restarted.bind("127.0.0.1", port);
            server = restarted;
        }
    }

    /**
     * Used with {@link TestInfrastructure.Initializer} (shared broker, test JWTs; inherited from a class marked
     * {@link RealInfrastructure}, or listed next to it): the context's store is then the {@linkplain #shared()
     * stoppable store} (a fresh database) instead of the shared one. A property source of its own, first, so that it
     * wins whatever order the initializers run in.
     */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String uri = shared().uri("outage-" + UUID.randomUUID().toString().substring(0, 8));
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("stoppableStore", Map.of("spring.mongodb.uri", uri)));
        }
    }

    /** The memory backend, except that stopping the server does not empty it. */
    private record KeptBackend(MongoBackend backend) implements MongoBackend {

        @Override
        public void close() {
            // kept for the next start
        }

        @Override
        public void handleClose(Channel channel) {
            backend.handleClose(channel);
        }

        @Override
        public Document handleCommand(Channel channel, String database, String command, Document query) {
            return backend.handleCommand(channel, database, command, query);
        }

        @Override
        public QueryResult handleQuery(MongoQuery query) {
            return backend.handleQuery(query);
        }

        @Override
        public Document handleMessage(MongoMessage message) {
            return backend.handleMessage(message);
        }

        @Override
        public void dropDatabase(String database) {
            backend.dropDatabase(database);
        }

        @Override
        public Collection<Document> getCurrentOperations(MongoQuery query) {
            return backend.getCurrentOperations(query);
        }

        @Override
        public Document getServerStatus() {
            return backend.getServerStatus();
        }

        @Override
        public void closeCursors(List<Long> cursorIds) {
            backend.closeCursors(cursorIds);
        }

        @Override
        public Clock getClock() {
            return backend.getClock();
        }

        @Override
        public void enableOplog() {
            backend.enableOplog();
        }

        @Override
        public void disableOplog() {
            backend.disableOplog();
        }

        @Override
        public MongoDatabase resolveDatabase(String database) {
            return backend.resolveDatabase(database);
        }

        @Override
        public MongoBackend version(MongoVersion version) {
            backend.version(version);
            return this;
        }
    }
}
