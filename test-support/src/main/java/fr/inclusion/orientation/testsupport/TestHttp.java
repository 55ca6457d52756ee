package fr.inclusion.orientation.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP client of the tests: the JDK's {@link HttpClient} against a running server (a service on its random
 * port, the gateway of the running stack), JSON through the project's Jackson 3 ({@code tools.jackson}), a bearer
 * token per call, and the checks every test makes on an answer: an exact status, an RFC 9457 problem.
 * <p>
 * {@code path} is already encoded; {@link #encode} encodes one value. A {@code null} token sends no
 * {@code Authorization} header (the anonymous caller).
 *
 * <pre>{@code
 * TestHttp http = TestHttp.onPort(port);
 * JsonNode venue = TestHttp.assertStatus(http.get("/api/venues/" + id, token), 200);
 * TestHttp.assertProblem(http.post("/api/referrals", token, body), 403, "forbidden");
 * http.call("POST", "/api/referrals").token(token).json(body).header("Idempotency-Key", key).send();
 * }</pre>
 */
public final class TestHttp {

    /** The JSON mapper of the tests: Jackson 3, defaults. */
    public static final JsonMapper JSON = JsonMapper.builder().build();
    /** Where the problem types of RFC 9457 answers live. */
    public static final String PROBLEMS = "https://orientation-numerique.fr/problems/";
    public static final String PROBLEM_JSON = "application/problem+json";

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final HttpClient NO_REDIRECTS = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    private final String baseUrl;

    private TestHttp(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A server on this machine: a service on its random port. */
    public static TestHttp onPort(int port) {
        return new TestHttp("http://127.0.0.1:" + port);
    }

    /** A server at this address ({@code http://127.0.0.1:8080}, no trailing path). */
    public static TestHttp at(String baseUrl) {
        return new TestHttp(baseUrl);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    // ---- calls

    public HttpResponse<String> get(String path, String token) {
        return call("GET", path).token(token).send();
    }

    /** POST with a JSON body ({@code null}: no body). */
    public HttpResponse<String> post(String path, String token, String json) {
        return call("POST", path).token(token).json(json).send();
    }

    public HttpResponse<String> put(String path, String token, String json) {
        return call("PUT", path).token(token).json(json).send();
    }

    public HttpResponse<String> patch(String path, String token, String json) {
        return call("PATCH", path).token(token).json(json).send();
    }

    public HttpResponse<String> delete(String path, String token) {
        return call("DELETE", path).token(token).send();
    }

    /** Any method, a JSON body or none. */
    public HttpResponse<String> send(String method, String path, String token, String json) {
        return call(method, path).token(token).json(json).send();
    }

    /** A call to shape further: headers, a body of another type, redirects not followed. */
    public Call call(String method, String path) {
        return new Call(method, path);
    }

    /** A request to this server with the token, for what {@link Call} does not shape (streams, async). */
    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    /** Sends a request built by {@link #request}, the body as text. */
    public static HttpResponse<String> send(HttpRequest.Builder request) {
        return exchange(CLIENT, request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Sends any request with any body handler: a stream, bytes. */
    public static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return exchange(CLIENT, request, handler);
    }

    /** The shared client, for what needs it directly ({@code sendAsync} of a stream). */
    public static HttpClient client() {
        return CLIENT;
    }

    private static <T> HttpResponse<T> exchange(HttpClient client, HttpRequest request,
            HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException("no answer to " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One call being shaped; {@link #send()} sends it. */
    public final class Call {

        private final String method;
        private final String path;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] body;
        private boolean followRedirects = true;

        private Call(String method, String path) {
            this.method = method;
            this.path = path;
        }

        /** The bearer token; {@code null}: anonymous. */
        public Call token(String token) {
            if (token != null) {
                headers.put("Authorization", "Bearer " + token);
            }
            return this;
        }

        public Call header(String name, String value) {
            if (value != null) {
                headers.put(name, value);
            }
            return this;
        }

        /** A JSON body ({@code null}: none). */
        public Call json(String json) {
            return json == null ? this : body("application/json", json);
        }

        /** Any value as a JSON body. */
        public Call jsonOf(Object value) {
            return json(write(value));
        }

        /** A body of another type: a CSV file, a form. */
        public Call body(String contentType, String text) {
            return body(contentType, text.getBytes(StandardCharsets.UTF_8));
        }

        public Call body(String contentType, byte[] bytes) {
            this.body = bytes;
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            return this;
        }

        /** Answers 3xx as they are, without following them. */
        public Call noRedirects() {
            this.followRedirects = false;
            return this;
        }

        public HttpRequest build() {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(TIMEOUT).method(method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(request::header);
            return request.build();
        }

        public HttpResponse<String> send() {
            return exchange(followRedirects ? CLIENT : NO_REDIRECTS, build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        public HttpResponse<byte[]> sendForBytes() {
            return exchange(followRedirects ? CLIENT : NO_REDIRECTS, build(), HttpResponse.BodyHandlers.ofByteArray());
        }
    }

    // ---- JSON

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    public static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    /** One value as a query parameter or a path segment: percent-encoded UTF-8, a space as {@code %20}. */
    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    // ---- checks

    /** The answer has exactly this status; its body as JSON ({@code null} when it has none). */
    public static JsonNode assertStatus(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("%s %s answered %s", response.request().method(),
                response.request().uri(), response.body()).isEqualTo(status);
        String body = response.body();
        return body == null || body.isBlank() ? null : JSON.readTree(body);
    }

    /**
     * The answer is an RFC 9457 problem of exactly this status: {@code application/problem+json}, the same status
     * in the body, a type under {@link #PROBLEMS} and a title. Returns the problem.
     */
    public static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as("%s %s answered %s", response.request().method(),
                response.request().uri(), response.body()).isEqualTo(status);
        return assertProblem(response);
    }

    /** As {@link #assertProblem(HttpResponse, int)}, and the type is {@code …/problems/<slug>}. */
    public static JsonNode assertProblem(HttpResponse<String> response, int status, String typeSlug) {
        JsonNode problem = assertProblem(response, status);
        assertThat(problem.path("type").asString()).as(response.body()).isEqualTo(PROBLEMS + typeSlug);
        return problem;
    }

    /** The answer, whatever its status, is an RFC 9457 problem stating that status. Returns the problem. */
    public static JsonNode assertProblem(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).as(response.body())
                .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).as(response.body()).isEqualTo(response.statusCode());
        assertThat(problem.path("type").asString()).as(response.body()).startsWith(PROBLEMS);
        assertThat(problem.path("title").asString()).as(response.body()).isNotBlank();
        return problem;
    }

    /** The {@code field} of each entry of a validation problem's {@code errors}, in order. */
    public static List<String> errorFields(HttpResponse<String> response) {
        List<String> fields = new ArrayList<>();
        json(response).path("errors").values().forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }
}
