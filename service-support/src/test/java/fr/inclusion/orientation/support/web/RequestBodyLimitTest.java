package fr.inclusion.orientation.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import fr.inclusion.orientation.support.SupportTestApplication;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Body limits over real HTTP, with small limits (64 KB, 256 KB for the import endpoint) so that the bodies stay
 * small: announced ({@code Content-Length}) or sent in chunks, too large is 413 problem+json, never 400 or 500.
 */
@SpringBootTest(classes = SupportTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"orientation.http.max-body-size=64KB", "orientation.http.max-import-size=256KB"})
@RealInfrastructure
class RequestBodyLimitTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aJsonBodyAnnouncedOverTheLimitIsA413Problem() throws Exception {
        HttpResponse<String> response = post("/api/things", json(100 * 1024), false);

        assertTooLarge(response, "Contenu trop volumineux", "64 Ko");
    }

    @Test
    void aJsonBodySentInChunksIsCutAtTheLimitWithA413Problem() throws Exception {
        HttpResponse<String> response = post("/api/things", json(100 * 1024), true);

        // the JSON reader fails on the stream; the client still gets the 413, not "unreadable JSON"
        assertTooLarge(response, "Contenu trop volumineux", "64 Ko");
    }

    @Test
    void aBodyWithinTheLimitIsReadWhetherAnnouncedOrChunked() throws Exception {
        for (boolean chunked : List.of(false, true)) {
            HttpResponse<String> response = post("/api/things", json(60 * 1024), chunked);

            assertThat(response.statusCode()).as("chunked: " + chunked).isEqualTo(200);
        }
    }

    @Test
    void anImportEndpointTakesMoreThanTheBodyLimitUpToItsOwn() throws Exception {
        for (boolean chunked : List.of(false, true)) {
            HttpResponse<String> response = post("/api/things/import", bytes(256 * 1024), chunked);

            assertThat(response.statusCode()).as("chunked: " + chunked).isEqualTo(200);
            assertThat(JSON.readTree(response.body()).path("bytes").asInt()).isEqualTo(256 * 1024);
        }
    }

    @Test
    void anImportJustOverItsLimitIsA413Problem() throws Exception {
        for (boolean chunked : List.of(false, true)) {
            HttpResponse<String> response = post("/api/things/import", bytes(256 * 1024 + 1), chunked);

            assertTooLarge(response, "Fichier trop volumineux", "256 Ko");
        }
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeTheToken() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/things"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json(100 * 1024))).build();

        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(413);
    }

    private static void assertTooLarge(HttpResponse<String> response, String title, String size) {
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo(Problems.TYPE_BASE + "payload-too-large");
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("title").asString()).isEqualTo(title);
        assertThat(problem.path("detail").asString()).contains(size);
    }

    /** A valid JSON object of {@code size} bytes. */
    private static byte[] json(int size) {
        String prefix = "{\"name\":\"";
        String suffix = "\"}";
        return (prefix + "a".repeat(size - prefix.length() - suffix.length()) + suffix)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(int size) {
        return "x".repeat(size).getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(String path, byte[] body, boolean chunked) throws Exception {
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + TestJwts.admin("admin"))
                .header("Content-Type", "application/json")
                .POST(publisher).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
