package fr.inclusion.orientation.web.notifications;

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
 * A real HTTP server standing in for notification-service: it records what reached it and answers what a test told
 * it to, in the service's own JSON shapes (see the helpers below); anything else gets the service's 404 problem.
 */
final class StubNotificationService implements AutoCloseable {

    record Received(String method, String path, String query, String authorization, String contentType,
            String body) {

        boolean queryHas(String parameter) {
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

    private StubNotificationService(HttpServer server) {
        this.server = server;
    }

    static StubNotificationService start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            StubNotificationService stub = new StubNotificationService(server);
            server.createContext("/", stub::answer);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Forgets what was received and every answer. */
    void reset() {
        received.clear();
        routes.clear();
    }

    /** The latest answer given for a method and path wins; {@code parameters} narrow it to some queries. */
    StubNotificationService answer(String method, String path, int status, String body, String... parameters) {
        routes.addFirst(new Route(method, path, List.of(parameters), status, body));
        return this;
    }

    List<Received> received(String method, String path) {
        return received.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    List<Received> all() {
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

    // ---- the service's JSON shapes (notification-service: NotificationView, PageView, PreferencesView) ----

    /** A notification of the inbox. */
    static String notification(String id, String kind, String referralId, String title, String body,
            java.time.Instant createdAt, java.time.Instant readAt) {
        return "{\"id\":" + quoted(id) + ",\"kind\":" + quoted(kind) + ",\"referralId\":" + quoted(referralId)
                + ",\"venueId\":\"v-1\",\"title\":" + quoted(title) + ",\"body\":" + quoted(body)
                + ",\"link\":" + quoted(referralId == null ? null : "/orientations/" + referralId)
                + ",\"createdAt\":" + quoted(createdAt.toString())
                + ",\"readAt\":" + quoted(readAt == null ? null : readAt.toString())
                + ",\"read\":" + (readAt != null) + "}";
    }

    /** A page of the inbox: {@code {items, page, size, total}}. */
    static String page(int page, int size, long total, String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"page\":" + page + ",\"size\":" + size + ",\"total\":"
                + total + "}";
    }

    /** One kind of the preferences. */
    static String kind(String kind, String label, String delivery, boolean concernsYou, String... channels) {
        return "{\"kind\":" + quoted(kind) + ",\"label\":" + quoted(label) + ",\"channels\":["
                + String.join(",", Arrays.stream(channels).map(StubNotificationService::quoted).toList())
                + "],\"delivery\":" + quoted(delivery) + ",\"concernsYou\":" + concernsYou + "}";
    }

    /** The preferences of a person: every kind, {@code customized}, {@code updatedAt}. */
    static String preferences(boolean customized, String... kinds) {
        return "{\"kinds\":[" + String.join(",", kinds) + "],\"customized\":" + customized + ",\"updatedAt\":"
                + (customized ? "\"2026-12-01T08:00:00Z\"" : "null") + "}";
    }

    /** The validation problem of the services: {@code errors: [{field, message}]}. */
    static String validationProblem(String detail, String... fieldAndMessage) {
        StringBuilder errors = new StringBuilder();
        for (int i = 0; i + 1 < fieldAndMessage.length; i += 2) {
            errors.append(errors.isEmpty() ? "" : ",").append("{\"field\":").append(quoted(fieldAndMessage[i]))
                    .append(",\"message\":").append(quoted(fieldAndMessage[i + 1])).append("}");
        }
        return "{\"type\":\"https://orientation-numerique.fr/problems/validation\",\"title\":\"Requête invalide\","
                + "\"status\":400,\"detail\":" + quoted(detail) + ",\"errors\":[" + errors + "]}";
    }

    static String quoted(String s) {
        if (s == null) {
            return "null";
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
