package fr.inclusion.orientation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for the services (their paths do not overlap): it records what reached it and answers what a test told
 * it to, in the service's own JSON shapes (see the helpers below); anything else gets the service's 404 problem.
 */
public final class StubServices implements AutoCloseable {

    public record Received(String method, String path, String query, String authorization, String contentType,
            String body) {

        public boolean queryHas(String parameter) {
            return query != null && Arrays.asList(query.split("&")).contains(parameter);
        }
    }

    /** An answer to requests of this method and path whose query holds every {@code parameters} ({@code k=v}). */
    private record Route(String method, String path, List<String> parameters, int status, String body) {

        boolean matches(String method, String path, String query) {
            List<String> given = query == null ? List.of() : Arrays.asList(query.split("&"));
            return this.method.equals(method) && this.path.equals(path) && given.containsAll(parameters);
        }
    }

    private static final String NOT_FOUND = "{\"type\":\"https://orientation-numerique.fr/problems/not-found\","
            + "\"title\":\"Ressource introuvable\",\"status\":404,\"detail\":\"Rien ici.\"}";

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedDeque<Route> routes = new ConcurrentLinkedDeque<>();

    private StubServices(HttpServer server) {
        this.server = server;
    }

    public static StubServices start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            StubServices stub = new StubServices(server);
            server.createContext("/", stub::answer);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Forgets what was received and every answer. */
    public void reset() {
        received.clear();
        routes.clear();
    }

    /** The latest answer given for a method and path wins; {@code parameters} narrow it to some queries. */
    public StubServices answer(String method, String path, int status, String body, String... parameters) {
        routes.addFirst(new Route(method, path, List.of(parameters), status, body));
        return this;
    }

    public List<Received> received(String method, String path) {
        return received.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    public List<Received> all() {
        return List.copyOf(received);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            // decoded, as the service's router matches it ({id} may hold encoded colons)
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            received.add(new Received(method, path, query,
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Route route = routes.stream().filter(r -> r.matches(method, path, query)).findFirst().orElse(null);
            if (route == null) {
                send(exchange, 404, "application/problem+json", NOT_FOUND);
                return;
            }
            send(exchange, route.status(), route.status() >= 400 ? "application/problem+json" : "application/json",
                    route.body());
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public static String quoted(String s) {
        if (s == null) {
            return "null";
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
