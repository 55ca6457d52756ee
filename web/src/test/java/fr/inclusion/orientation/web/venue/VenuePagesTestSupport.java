package fr.inclusion.orientation.web.venue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import fr.inclusion.orientation.testsupport.TestJwts;
import fr.inclusion.orientation.web.FakeServices;

/**
 * The web service over real HTTP, its services answered by {@link FakeServices}, tokens from {@link TestJwts}
 * checked by the service's own rules (as the gateway relays them). One context for every venue page test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestTokens.class)
abstract class VenuePagesTestSupport {

    static final FakeServices SERVICES = FakeServices.start();
    static final String STAFF = TestJwts.venueStaff("lieu.franceservices", Samples.VENUE_ID);
    static final String SECRETARY = TestJwts.secretary("secretaire.revigny", "55427");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("orientation.services.venue", SERVICES::url);
        registry.add("orientation.services.referral", SERVICES::url);
        registry.add("orientation.services.notification", SERVICES::url);
    }

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void resetServices() {
        SERVICES.reset();
        SERVICES.answer("GET", "/api/territory/communes/55427", 200, Samples.REVIGNY);
    }

    HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET().build());
    }

    HttpResponse<String> post(String path, String token, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static Document html(HttpResponse<String> response) {
        return Jsoup.parse(response.body());
    }

    static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse(null);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
