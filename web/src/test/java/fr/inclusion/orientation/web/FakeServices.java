package fr.inclusion.orientation.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for referral-service and venue-service (their paths do not overlap). It records
 * what reached it, with the bearer token, and answers what each test set for a method and path: JSON of the
 * services' real shapes, or their problem+json. Anything not set gets the services' 404 problem.
 */
public final class FakeServices implements AutoCloseable {

    public record Received(String method, String path, String query, String authorization, String body,
            String contentType) {
    }

    public record Answer(int status, String body) {

        public static Answer json(String body) {
            return new Answer(200, body);
        }
    }

    private final HttpServer server;
    private final ConcurrentLinkedQueue<Received> received = new ConcurrentLinkedQueue<>();
    private final Map<String, Function<Received, Answer>> answers = new ConcurrentHashMap<>();

    private FakeServices(HttpServer server) {
        this.server = server;
    }

    public static FakeServices start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            FakeServices services = new FakeServices(server);
            server.createContext("/", services::answer);
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return services;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void reset() {
        received.clear();
        answers.clear();
    }

    public void answer(String method, String path, int status, String body) {
        answers.put(method + " " + path, request -> new Answer(status, body));
    }

    public void answer(String method, String path, Function<Received, Answer> answer) {
        answers.put(method + " " + path, answer);
    }

    public List<Received> received(String method, String path) {
        return received.stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst("Content-Type"));
            received.add(request);
            Function<Received, Answer> answer = answers.get(request.method() + " " + request.path());
            Answer response = answer == null ? new Answer(404, """
                    {"type":"https://orientation-numerique.fr/problems/not-found","title":"Introuvable",\
                    "status":404,"detail":"Rien à cette adresse."}""") : answer.apply(request);
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type",
                    response.status() >= 400 ? "application/problem+json" : "application/json");
            exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
