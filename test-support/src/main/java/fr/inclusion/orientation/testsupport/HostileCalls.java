package fr.inclusion.orientation.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import fr.inclusion.orientation.testsupport.HostileInput.Body;
import fr.inclusion.orientation.testsupport.HostileInput.Headers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends {@link HostileInput} to a service and states what every answer must be: never a 5xx; every 4xx an RFC 9457
 * {@code application/problem+json} whose {@code status} is the answer's, with a {@code title} and a {@code detail}
 * in French; and a rejected request stored nothing (the number of documents of every collection of the service's
 * database is the same before and after it).
 * <p>
 * jqwik runs its properties on its own engine, without Spring's test extension: {@link #start} boots the service
 * itself, wired like {@link RealInfrastructure} (the shared store, a database of its own, the shared broker, the
 * decoders trusting {@link TestJwts}).
 */
public final class HostileCalls implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    /** A word, not a piece of an identifier such as a column name (no_thd_coverage_rate). */
    private static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\d_])\\p{L}+['’]?(?![\\p{L}\\d_])");
    /** What a message quotes (« … »: a received value, an expected header) is not its language. */
    private static final Pattern QUOTED = Pattern.compile("«[^»]*»");
    private static final Set<String> ENGLISH = Set.of("the", "is", "are", "not", "was", "of", "for", "with",
            "required", "must", "should", "failed", "missing", "supported", "unsupported", "request", "error",
            "found", "bad", "invalid", "unexpected", "allowed", "to", "be", "cannot", "could", "from", "this",
            "that", "no", "acceptable", "representations");

    private final String baseUrl;
    private final ConfigurableApplicationContext context;
    private final MongoClient mongo;
    private final MongoDatabase database;

    private HostileCalls(String baseUrl, ConfigurableApplicationContext context, String mongoUri) {
        this.baseUrl = baseUrl;
        this.context = context;
        if (mongoUri != null) {
            this.mongo = MongoClients.create(mongoUri);
            this.database = mongo.getDatabase(new ConnectionString(mongoUri).getDatabase());
        } else {
            this.mongo = null;
            this.database = null;
        }
    }

    /** Boots {@code application} on a random port, wired to the shared test infrastructure. */
    public static HostileCalls start(Class<?> application, String... properties) {
        return start(java.util.List.of(application), properties);
    }

    /** As {@link #start(Class, String...)}, with test configurations next to the application class. */
    public static HostileCalls start(java.util.List<Class<?>> sources, String... properties) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .initializers(new TestInfrastructure.Initializer())
                .properties("server.port=0")
                .properties(properties)
                .run();
        String port = context.getEnvironment().getProperty("local.server.port");
        return new HostileCalls("http://127.0.0.1:" + port, context,
                context.getEnvironment().getProperty("spring.mongodb.uri"));
    }

    /** A running server (the gateway) whose store is not ours to count. */
    public static HostileCalls at(String baseUrl) {
        return new HostileCalls(baseUrl, null, null);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /** Documents per collection of the service's database (empty for a server started elsewhere). */
    public Map<String, Long> storeCounts() {
        Map<String, Long> counts = new TreeMap<>();
        if (database != null) {
            for (String name : database.listCollectionNames()) {
                counts.put(name, database.getCollection(name).countDocuments());
            }
        }
        return counts;
    }

    /** Documents in these collections only: for an endpoint next to work the service finishes later. */
    public Supplier<Map<String, Long>> counting(String... collections) {
        return () -> {
            Map<String, Long> counts = new TreeMap<>();
            for (String name : collections) {
                counts.put(name, database.getCollection(name).countDocuments());
            }
            return counts;
        };
    }

    /**
     * Sends the request and checks the answer (see the class comment); {@code path} is already encoded (use
     * {@link #segment} and {@link #query} for generated values). Returns the answer for further checks.
     */
    public HttpResponse<byte[]> check(String method, String path, String token, Body body, Headers headers) {
        return check(method, path, token, body, headers, this::storeCounts);
    }

    /** As {@link #check(String, String, String, Body, Headers)}, with what "stored" means for this endpoint. */
    public HttpResponse<byte[]> check(String method, String path, String token, Body body, Headers headers,
            Supplier<?> stored) {
        Object before = stored.get();
        HttpResponse<byte[]> response = send(method, path, token, body, headers);
        String what = method + " " + path + " with " + body + " and " + (headers == null ? "{}" : headers.asMap());
        assertAnswered(response, what);
        if (response.statusCode() >= 400) {
            assertThat(stored.get()).as("nothing stored by the rejected " + what).isEqualTo(before);
        }
        return response;
    }

    public HttpResponse<byte[]> send(String method, String path, String token, Body body, Headers headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null && body.contentType() != null) {
            request.header("Content-Type", body.contentType());
        }
        if (headers != null) {
            headers.asMap().forEach(request::header);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new AssertionError("no answer to " + method + " " + path + " with " + body, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Never a 5xx; a 4xx is problem+json with its status, a French title and a French detail. */
    public static void assertAnswered(HttpResponse<byte[]> response, String what) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        int status = response.statusCode();
        assertThat(status).as("status of %s: %s", what, text).isLessThan(500);
        if (status < 400) {
            return;
        }
        assertThat(response.headers().firstValue("Content-Type").orElse(""))
                .as("content type of the %d answering %s: %s", status, what, text)
                .startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(text);
        assertThat(problem.path("status").asInt()).as("status in the problem answering %s: %s", what, text)
                .isEqualTo(status);
        assertThat(looksFrench(problem.path("title").asString(""))).as("French title answering %s: %s", what, text)
                .isTrue();
        assertThat(looksFrench(problem.path("detail").asString(""))).as("French detail answering %s: %s", what, text)
                .isTrue();
    }

    /**
     * A sentence reads as French: it has words and none of the English words of Spring's, Tomcat's and the JDK's
     * own messages ("is not supported", "Bad Request", "Acceptable representations", "Failed to read").
     */
    public static boolean looksFrench(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String own = QUOTED.matcher(text).replaceAll(" ");
        var words = WORD.matcher(own.toLowerCase(Locale.FRENCH)).results().map(m -> m.group()).toList();
        if (words.stream().anyMatch(ENGLISH::contains)) {
            return false;
        }
        return !words.isEmpty();
    }

    /** A generated value as one path segment (percent-encoded UTF-8; a lone surrogate becomes '?'). */
    public static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** {@code ?name=value&…}, values percent-encoded. */
    public static String query(Map<String, String> values) {
        StringBuilder query = new StringBuilder();
        values.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    @Override
    public void close() {
        if (mongo != null) {
            mongo.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
