package fr.inclusion.orientation.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.TestAbortedException;
import org.springframework.context.ApplicationContext;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import fr.inclusion.orientation.testsupport.TestCallers.Who;

/**
 * Runs the rows of {@value #TABLE} (one table for every service) against a running service: for each row, the
 * request with that caller's token, and the exact status expected. Before the rows, two checks against the
 * service's real endpoints (its handler mapping): every endpoint has rows for all eight {@link Who callers}, and
 * every row names an endpoint that exists.
 *
 * <p>A row is {@code service;method;path;caller;status[;body[;checks]]}; lines starting with {@code #} are comments.
 * {@code {name}} in a path, a body or a check is a fixture the test registered ({@link #fixture}); in the query
 * part of a path its value is URL-encoded. {@code {uuid}} is a fresh UUID each time. {@code body} names a body the
 * test registered ({@link #body}). {@code checks}, space-separated:
 * <ul>
 * <li>{@code type:<slug>}: the problem's type is {@code …/problems/<slug>};</li>
 * <li>{@code has:<text>} / {@code lacks:<text>}: the response body contains / does not contain the text (how the
 * table says which caller sees which fixture in a list);</li>
 * <li>{@code awaits:<change>}: the row states a rule a named change has not brought yet; while the service answers
 * otherwise the row is reported as aborted (skipped) with what it answered, not as passed.</li>
 * </ul>
 * Every 4xx must be {@code application/problem+json} with that status.
 */
public final class AuthorizationMatrix {

    public static final String TABLE = "authorization-matrix.csv";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9-]*)}");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int EXCERPT = 600;

    /** One line of the table. */
    public record Row(int line, String service, String method, String path, Who caller, int status, String body,
            List<String> checks) {

        String awaits() {
            return checks.stream().filter(c -> c.startsWith("awaits:")).map(c -> c.substring(7)).findFirst()
                    .orElse(null);
        }

        @Override
        public String toString() {
            return "line " + line + ": " + method + " " + path + " as " + caller + " → " + status;
        }
    }

    /** A request body the rows name, with the headers it goes with. */
    public record Body(String contentType, String content, Map<String, String> headers) {
    }

    /**
     * How a caller's request says who they are: the headers to add (a bearer token, a session cookie), nothing for
     * the anonymous caller, or empty when this run has no such caller (its rows are then reported as skipped).
     */
    @FunctionalInterface
    public interface Credentials {
        Optional<Map<String, String>> headers(Who who);
    }

    /** A real endpoint of the service: its method and its path pattern as mapped. */
    record Endpoint(String method, PathPattern pattern) {

        String key() {
            return method + " " + pattern.getPatternString();
        }
    }

    private final String service;
    private final List<Row> rows;
    private final Map<String, String> fixtures = new LinkedHashMap<>();
    private final Map<String, Body> bodies = new LinkedHashMap<>();
    /** Package of the controllers service-support puts in every service. */
    private static final String SHARED_ENDPOINTS = "fr.inclusion.orientation.support.";
    /** service-support's answer on the servlet's error path ({@code /error}): the framework's, not an API endpoint. */
    private static final String SHARED_ERROR_PAGE = "fr.inclusion.orientation.support.web.ProblemErrorController";

    private final List<Endpoint> endpoints = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private String baseUrl;
    private Credentials credentials;
    /** When the run cannot have every fixture (through the gateway): rows needing a missing one are skipped. */
    private boolean partialFixtures;

    private AuthorizationMatrix(String service, List<Row> rows) {
        this.service = service;
        this.rows = rows;
    }

    /** The rows of this service in {@value #TABLE}, in the table's order. */
    public static AuthorizationMatrix forService(String service) {
        List<Row> all = read(TABLE);
        List<Row> mine = all.stream().filter(row -> row.service().equals(service)).toList();
        if (mine.isEmpty()) {
            throw new IllegalStateException(TABLE + " has no row for " + service);
        }
        return new AuthorizationMatrix(service, mine);
    }

    /** Where the service answers, e.g. {@code http://127.0.0.1:54321}. */
    public AuthorizationMatrix at(String baseUrl) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        return this;
    }

    /** Each caller's bearer token, from {@link TestCallers}. */
    public AuthorizationMatrix callers(TestCallers callers) {
        return signedWith(who -> {
            String token = callers.token(who);
            return Optional.of(token == null ? Map.of() : Map.of("Authorization", "Bearer " + token));
        });
    }

    /** Each caller's request signed another way (e.g. the gateway's session cookie of a signed-in user). */
    public AuthorizationMatrix signedWith(Credentials credentials) {
        this.credentials = credentials;
        return this;
    }

    /**
     * The rows of every service that {@code keep} accepts, for a run through the gateway: no endpoint list, and the
     * rows needing a fixture or a caller the run does not have are reported as skipped.
     */
    public static AuthorizationMatrix throughGateway(java.util.function.Predicate<Row> keep) {
        AuthorizationMatrix matrix = new AuthorizationMatrix("gateway",
                read(TABLE).stream().filter(keep).toList());
        matrix.partialFixtures = true;
        return matrix;
    }

    /** One test per row, grouped by service, without the endpoint checks (see {@link #throughGateway}). */
    public Stream<DynamicNode> rowTests() {
        if (baseUrl == null || credentials == null) {
            throw new IllegalStateException("at() and signedWith() come before rowTests()");
        }
        Map<String, List<Row>> byService = new LinkedHashMap<>();
        rows.forEach(row -> byService.computeIfAbsent(row.service(), k -> new ArrayList<>()).add(row));
        return byService.entrySet().stream().map(service -> DynamicContainer.dynamicContainer(service.getKey(),
                service.getValue().stream().map(row -> DynamicTest.dynamicTest(row.method() + " " + row.path()
                        + " as " + row.caller() + " → " + row.status() + " (line " + row.line() + ")",
                        () -> run(row)))));
    }

    public AuthorizationMatrix fixture(String name, String value) {
        fixtures.put(name, value);
        return this;
    }

    public AuthorizationMatrix body(String name, String contentType, String content) {
        return body(name, contentType, content, Map.of());
    }

    public AuthorizationMatrix body(String name, String contentType, String content, Map<String, String> headers) {
        bodies.put(name, new Body(contentType, content, headers));
        return this;
    }

    /**
     * The service's endpoints: every request mapping of the context whose controller is in {@code packagePrefix}
     * (the service's own) or in service-support (the endpoints every service shares, such as its dead letters), not
     * the framework's error or API-document endpoints.
     */
    public AuthorizationMatrix endpointsOf(ApplicationContext context, String packagePrefix) {
        endpoints.clear();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                String controller = entry.getValue().getBeanType().getName();
                if (!controller.startsWith(packagePrefix) && !controller.startsWith(SHARED_ENDPOINTS)
                        || controller.equals(SHARED_ERROR_PAGE)) {
                    continue;
                }
                RequestMappingInfo info = entry.getKey();
                Set<String> methods = info.getMethodsCondition().getMethods().stream().map(RequestMethod::name)
                        .collect(Collectors.toCollection(TreeSet::new));
                if (methods.isEmpty()) {
                    methods.add("*");
                }
                for (PathPattern pattern : patterns(info)) {
                    for (String method : methods) {
                        Endpoint endpoint = new Endpoint(method, pattern);
                        if (endpoints.stream().noneMatch(e -> e.key().equals(endpoint.key()))) {
                            endpoints.add(endpoint);
                        }
                    }
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::key));
        return this;
    }

    /**
     * First the two checks against the real endpoints, then one container per endpoint with one test per row, in
     * the table's order.
     */
    public Stream<DynamicNode> tests() {
        if (baseUrl == null || credentials == null || endpoints.isEmpty()) {
            throw new IllegalStateException("at(), callers() and endpointsOf() come before tests()");
        }
        Map<String, List<Row>> byEndpoint = new LinkedHashMap<>();
        List<Row> unmatched = new ArrayList<>();
        for (Row row : rows) {
            Optional<Endpoint> endpoint = endpointOf(row);
            if (endpoint.isPresent()) {
                byEndpoint.computeIfAbsent(endpoint.get().key(), k -> new ArrayList<>()).add(row);
            } else {
                unmatched.add(row);
            }
        }
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(DynamicTest.dynamicTest("every endpoint of " + service + " has a row for each of the "
                + Who.values().length + " callers", () -> everyEndpointHasEveryCaller(byEndpoint)));
        nodes.add(DynamicTest.dynamicTest("every row of " + service + " names one of its endpoints",
                () -> everyRowNamesAnEndpoint(unmatched)));
        byEndpoint.forEach((endpoint, endpointRows) -> nodes.add(DynamicContainer.dynamicContainer(endpoint,
                endpointRows.stream().map(row -> DynamicTest.dynamicTest(row.method() + " " + row.path() + " as "
                        + row.caller() + " → " + row.status() + " (line " + row.line() + ")", () -> run(row))))));
        return nodes.stream();
    }

    private void everyEndpointHasEveryCaller(Map<String, List<Row>> byEndpoint) {
        List<String> missing = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Set<Who> covered = EnumSet.noneOf(Who.class);
            byEndpoint.getOrDefault(endpoint.key(), List.of()).forEach(row -> covered.add(row.caller()));
            Set<Who> absent = EnumSet.allOf(Who.class);
            absent.removeAll(covered);
            if (!absent.isEmpty()) {
                missing.add(endpoint.key() + " has no row for " + absent.stream().map(Who::label)
                        .collect(Collectors.joining(", ")));
            }
        }
        if (!missing.isEmpty()) {
            fail(TABLE + ": endpoints of " + service + " without a row for every caller:\n  "
                    + String.join("\n  ", missing));
        }
    }

    private void everyRowNamesAnEndpoint(List<Row> unmatched) {
        if (!unmatched.isEmpty()) {
            fail(TABLE + ": rows naming no endpoint of " + service + " (endpoints: " + endpoints.stream()
                    .map(Endpoint::key).collect(Collectors.joining(", ")) + "):\n  "
                    + unmatched.stream().map(Row::toString).collect(Collectors.joining("\n  ")));
        }
    }

    /** The endpoint Spring would pick for the row's request: same method, the most specific matching pattern. */
    private Optional<Endpoint> endpointOf(Row row) {
        String path;
        try {
            path = pathOnly(expand(row.path(), false));
        } catch (IllegalArgumentException unknownFixture) {
            path = pathOnly(row.path());
        }
        PathContainer container = PathContainer.parsePath(path);
        return endpoints.stream()
                .filter(e -> e.method().equals(row.method()) || e.method().equals("*"))
                .filter(e -> e.pattern().matches(container))
                .min(Comparator.comparing(Endpoint::pattern, PathPattern.SPECIFICITY_COMPARATOR));
    }

    private void run(Row row) throws Exception {
        String path = expandOrSkip(row.path(), true);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT);
        Map<String, String> signature = credentials.headers(row.caller()).orElseThrow(
                () -> new TestAbortedException("no " + row.caller() + " in this run"));
        signature.forEach(request::header);
        if (row.body() != null) {
            Body body = bodies.get(row.body());
            if (body == null && partialFixtures) {
                throw new TestAbortedException("not in this run: the body " + row.body());
            }
            if (body == null) {
                throw new IllegalArgumentException("line " + row.line() + ": no body named " + row.body()
                        + " (bodies: " + bodies.keySet() + ")");
            }
            request.header("Content-Type", body.contentType());
            body.headers().forEach((name, value) -> request.header(name, expandOrSkip(value, false)));
            request.method(row.method(), HttpRequest.BodyPublishers.ofString(expandOrSkip(body.content(), false),
                    StandardCharsets.UTF_8));
        } else {
            request.method(row.method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String text;
        try (InputStream in = response.body()) {
            // a live stream never ends: its status and type say enough
            text = contentType.startsWith("text/event-stream") ? "" : new String(in.readAllBytes(),
                    StandardCharsets.UTF_8);
        }
        String said = row.method() + " " + path + " as " + row.caller() + " answered " + response.statusCode()
                + " " + contentType + ": " + excerpt(text);
        String awaits = row.awaits();
        if (awaits != null && response.statusCode() != row.status()) {
            throw new TestAbortedException("awaits " + awaits + " (" + TABLE + " line " + row.line() + "): " + said);
        }
        assertEquals(row.status(), response.statusCode(), TABLE + " line " + row.line() + ": " + said);
        if (response.statusCode() >= 400 && response.statusCode() < 500) {
            assertTrue(contentType.startsWith("application/problem+json"),
                    "a " + response.statusCode() + " must be application/problem+json: " + said);
            assertTrue(Pattern.compile("\"status\"\\s*:\\s*" + response.statusCode() + "\\b").matcher(text).find(),
                    "the problem must state its status: " + said);
            assertTrue(text.contains("/problems/"), "the problem must have a type: " + said);
        }
        for (String check : row.checks()) {
            int colon = check.indexOf(':');
            String kind = check.substring(0, colon);
            String value = expandOrSkip(check.substring(colon + 1), false);
            switch (kind) {
                case "type" -> assertTrue(text.contains("/problems/" + value + "\""),
                        "expected the problem type " + value + ": " + said);
                case "has" -> assertTrue(text.contains(value), "expected the answer to contain " + value + ": "
                        + said);
                case "lacks" -> assertTrue(!text.contains(value), "LEAK: the answer must not contain " + value
                        + ": " + said);
                case "awaits" -> {
                    // handled above
                }
                default -> throw new IllegalArgumentException("line " + row.line() + ": unknown check " + check);
            }
        }
    }

    /** {@link #expand}, a missing fixture skipping the row in a run that cannot have every fixture. */
    private String expandOrSkip(String template, boolean encodeQuery) {
        try {
            return expand(template, encodeQuery);
        } catch (IllegalArgumentException missing) {
            if (partialFixtures) {
                throw new TestAbortedException("not in this run: " + missing.getMessage());
            }
            throw missing;
        }
    }

    /** Fixtures in place of {@code {name}}; in the query part URL-encoded when {@code encodeQuery}. */
    private String expand(String template, boolean encodeQuery) {
        int query = template.indexOf('?');
        if (encodeQuery && query >= 0) {
            return substitute(template.substring(0, query), false) + "?"
                    + substitute(template.substring(query + 1), true);
        }
        return substitute(template, false);
    }

    private String substitute(String template, boolean encode) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = name.equals("uuid") ? UUID.randomUUID().toString() : fixtures.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no fixture named {" + name + "} (fixtures: " + fixtures.keySet()
                        + ")");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    encode ? URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20") : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String pathOnly(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static Set<PathPattern> patterns(RequestMappingInfo info) {
        if (info.getPathPatternsCondition() != null) {
            return info.getPathPatternsCondition().getPatterns();
        }
        return info.getPatternValues().stream().map(PathPatternParser.defaultInstance::parse)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT) + "…";
    }

    // ---- the table

    static List<Row> read(String resource) {
        InputStream in = AuthorizationMatrix.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Row> parse(List<String> lines) {
        List<Row> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = i + 1;
            String text = lines.get(i).strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] cells = Arrays.stream(text.split(";", -1)).map(String::strip).toArray(String[]::new);
            if (cells.length < 5 || cells.length > 7) {
                errors.add("line " + line + ": service;method;path;caller;status[;body[;checks]] expected");
                continue;
            }
            Optional<Who> caller = Who.named(cells[3]);
            if (caller.isEmpty()) {
                errors.add("line " + line + ": unknown caller " + cells[3] + " (callers: " + Arrays.stream(
                        Who.values()).map(Who::label).collect(Collectors.joining(", ")) + ")");
                continue;
            }
            int status;
            try {
                status = Integer.parseInt(cells[4]);
            } catch (NumberFormatException e) {
                errors.add("line " + line + ": status " + cells[4] + " is not a number");
                continue;
            }
            String method = cells[1].toUpperCase(Locale.ROOT);
            if (!cells[2].startsWith("/")) {
                errors.add("line " + line + ": the path must start with /");
                continue;
            }
            String body = cells.length > 5 && !cells[5].isEmpty() ? cells[5] : null;
            List<String> checks = cells.length > 6 && !cells[6].isEmpty()
                    ? List.of(cells[6].split("\\s+")) : List.of();
            for (String check : checks) {
                if (!check.matches("(type|has|lacks|awaits):.+")) {
                    errors.add("line " + line + ": unknown check " + check);
                }
            }
            String key = cells[0] + " " + method + " " + cells[2] + " " + cells[3] + " " + body;
            Integer earlier = seen.put(key, line);
            if (earlier != null) {
                errors.add("line " + line + ": same request, body and caller as line " + earlier);
            }
            rows.add(new Row(line, cells[0], method, cells[2], caller.get(), status, body, checks));
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException(TABLE + " is malformed:\n  " + String.join("\n  ", errors));
        }
        return List.copyOf(rows);
    }
}
