package fr.inclusion.orientation.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for a service behind the gateway. It records what reached it and answers JSON;
 * a path ending in {@code /missing} gets the service's own 404 problem, one ending in {@code /slow} answers late.
 */
final class RecordingDownstream implements AutoCloseable {

    record Received(String method, String path, String query, String authorization, String requestId,
            String idempotencyKey, String cookie, String body) {
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();

    private RecordingDownstream(HttpServer server) {
        this.server = server;
    }

    static RecordingDownstream start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            RecordingDownstream downstream = new RecordingDownstream(server);
            server.createContext("/", downstream::answer);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return downstream;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Optional<Received> find(String path) {
        return received.stream().filter(r -> r.path().equals(path)).findFirst();
    }

    List<Received> all(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            received.add(new Received(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("X-Request-Id"),
                    exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                    exchange.getRequestHeaders().getFirst("Cookie"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            if (path.endsWith("/slow")) {
                sleepQuietly(3_000);
            }
            if (path.endsWith("/missing")) {
                send(exchange, 404, "application/problem+json",
                        "{\"type\":\"https://orientation-numerique.fr/problems/not-found\",\"title\":\"Lieu introuvable\","
                                + "\"status\":404,\"detail\":\"from the service\"}");
                return;
            }
            send(exchange, 200, "application/json", "{\"answeredBy\":\"downstream\",\"path\":\"" + path + "\"}");
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
