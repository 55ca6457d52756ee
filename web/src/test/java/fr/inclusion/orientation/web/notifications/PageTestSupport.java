package fr.inclusion.orientation.web.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.inclusion.orientation.testsupport.TestJwts;
import fr.inclusion.orientation.web.StubServices;

/**
 * The web service on a random port, trusting {@link TestJwts} (with the services' token rules), its
 * notification-service answered by {@link StubServices}; requests go over real HTTP, as the gateway
 * sends them, with the user's bearer token. Every test class extending this shares one Spring context and the stub.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestTokens.class)
abstract class PageTestSupport {

    static final StubServices SERVICE = StubServices.start();

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("orientation.services.notification", SERVICE::url);
        // nothing of this test calls them: an address where nothing answers
        registry.add("orientation.services.venue", () -> "http://127.0.0.1:9");
        registry.add("orientation.services.referral", () -> "http://127.0.0.1:9");
    }

    @BeforeEach
    void freshService() {
        SERVICE.reset();
    }

    HttpResponse<String> get(String path, String token, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** A form as a browser posts it; {@code fields} are name, value pairs (a name may repeat). */
    HttpResponse<String> post(String path, String token, String... fields) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build());
    }

    static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
