package fr.inclusion.orientation.testsupport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * jqwik generators of what a hostile or broken client sends to a write endpoint: bodies (random JSON shapes, a valid
 * body with one value of the wrong type, huge or strange strings, nulls, deep nesting, invalid UTF-8, truncated or
 * no JSON at all), content types, {@code Accept} and {@code Idempotency-Key} headers, path and query values. The
 * services' fuzz tests send them with {@link HostileCalls}, which states what every answer must be.
 */
public final class HostileInput {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HostileInput() {
    }

    /** A request body: its bytes and the {@code Content-Type} it is sent with ({@code null}: no header). */
    public record Body(byte[] bytes, String contentType, String shape) {

        public static Body json(String json) {
            return new Body(json.getBytes(StandardCharsets.UTF_8), "application/json", "json");
        }

        public Body withShape(String otherShape) {
            return new Body(bytes, contentType, otherShape);
        }

        public Body as(String otherContentType) {
            return new Body(bytes, otherContentType, shape + " as " + otherContentType);
        }

        @Override
        public String toString() {
            String text = new String(bytes, 0, Math.min(bytes.length, 300), StandardCharsets.UTF_8);
            return shape + " [" + contentType + ", " + bytes.length + " B] " + text
                    + (bytes.length > 300 ? "…" : "");
        }
    }

    /** Extra request headers (a missing entry: the header is not sent). */
    public record Headers(Optional<String> accept, Optional<String> idempotencyKey) {

        public Map<String, String> asMap() {
            Map<String, String> map = new LinkedHashMap<>();
            accept.ifPresent(value -> map.put("Accept", value));
            idempotencyKey.ifPresent(value -> map.put("Idempotency-Key", value));
            return map;
        }
    }

    /**
     * Bodies for an endpoint whose valid body is {@code validJson}: mostly that body broken in one place (a value of
     * the wrong type, a hostile string, null, removed, an unknown field), then any JSON shape, deep nesting, invalid
     * UTF-8, truncated JSON, no body; sent with a JSON content type, sometimes another one.
     */
    public static Arbitrary<Body> bodiesLike(String validJson) {
        JsonNode valid = JSON.readTree(validJson);
        Arbitrary<Body> body = Arbitraries.frequencyOf(
                Tuple.of(8, mutated(valid)),
                Tuple.of(3, jsonValues(4).map(node -> Body.json(JSON.writeValueAsString(node))
                        .withShape("random JSON"))),
                Tuple.of(1, deeplyNested()),
                Tuple.of(2, invalidUtf8(validJson)),
                Tuple.of(1, broken(validJson)),
                Tuple.of(1, huge(valid)));
        return Arbitraries.frequencyOf(
                Tuple.of(6, body),
                Tuple.of(1, Combinators.combine(body, contentTypes()).as(Body::as)));
    }

    /** Bodies for an endpoint that takes none, or whose body is text (CSV, GeoJSON): any of the shapes above. */
    public static Arbitrary<Body> anyBody() {
        return bodiesLike("{\"value\":\"texte\",\"count\":1,\"items\":[\"a\"],\"nested\":{\"flag\":true}}");
    }

    /** Content types a client may get wrong, some unparseable. */
    public static Arbitrary<String> contentTypes() {
        return Arbitraries.of("text/plain", "application/xml", "text/csv", "application/x-www-form-urlencoded",
                "multipart/form-data", "multipart/form-data; boundary=x", "application/json; charset=ISO-8859-1",
                "application/json; charset=pas-un-charset", "application/json;;", "application/geo+json",
                "application/problem+json", "*/*", "application/*", "pas un type", "/", "application/octet-stream",
                "text/html; charset=utf-8");
    }

    /** {@code Accept} (absent, usual, unusual, unparseable) and {@code Idempotency-Key} (absent, usual, hostile). */
    public static Arbitrary<Headers> headers() {
        Arbitrary<Optional<String>> accept = Arbitraries.of("*/*", "application/json", "application/problem+json",
                "text/html", "application/xml", "text/csv", "image/png", "application/json;q=0", "pas/un/type",
                "application/json, text/plain;q=0.5").optional(0.6);
        Arbitrary<Optional<String>> key = Arbitraries.oneOf(
                Arbitraries.create(() -> java.util.UUID.randomUUID().toString()),
                headerValues()).optional(0.5);
        return Combinators.combine(accept, key).as(Headers::new);
    }

    /** Values legal in an HTTP header line (the client refuses CR, LF and other controls), some very long. */
    public static Arbitrary<String> headerValues() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(80),
                Arbitraries.of("", " ", "\t", "null", "undefined", "$ne", "{\"$gt\":\"\"}", "' OR 1=1 --", "=1+1",
                        "é", "ÿÿÿ"),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4000).ofMaxLength(9000));
    }

    /** Path segment values (sent percent-encoded): ids of another shape, traversal, encoded separators, huge. */
    public static Arbitrary<String> pathValues() {
        return Arbitraries.oneOf(
                Arbitraries.of("0", "-1", "null", "undefined", "..", ".", "%", "%00", "a b", "é", "🙂", "$where",
                        "{\"$ne\":null}", "00000000-0000-0000-0000-000000000000", "1e999", "true", "[]", "~",
                        "=HYPERLIEN(\"x\")", "<script>", "'", "\""),
                Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(60),
                hostileStrings().filter(s -> !s.isEmpty()).map(s -> s.length() > 3000 ? s.substring(0, 3000) : s));
    }

    /** Query values: numbers out of range or of the wrong type, hostile strings. */
    public static Arbitrary<String> queryValues() {
        return Arbitraries.oneOf(
                Arbitraries.of("", "-1", "0", "2147483648", "99999999999999999999", "1.5", "NaN", "abc", "true",
                        "null", "csv", "json", "CSV", "xlsx", "../../etc/passwd", "%", "&", "="),
                hostileStrings().map(s -> s.length() > 3000 ? s.substring(0, 3000) : s));
    }

    /** Strings that break naive code: unicode of every plane, controls, NUL, lone surrogates, operators, huge. */
    public static Arbitrary<String> hostileStrings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10),
                Arbitraries.of("", " ", "\u0000", "\uFEFF", "\u202Eevil", "\uD800", "\uDFFF", "🙂🙃", "𝕏",
                        "ﷺ", "Ⅻ", "İ", "ß", "e\u0301", "null", "$gt", "{\"$ne\":null}", "=CMD|' /C calc'!A0",
                        "+33 6 00", "-1", "@SUM(A1)", "\tTAB", "\rCR", "<script>alert(1)</script>", "${jndi:x}",
                        "#{7*7}", "%s%n", "../..", "a".repeat(256)),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(10_000).ofMaxLength(200_000));
    }

    /** Any JSON value, up to {@code depth} levels: null, booleans, extreme numbers, hostile strings, arrays, objects. */
    public static Arbitrary<JsonNode> jsonValues(int depth) {
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, 0L, -1L, (long) Integer.MAX_VALUE + 1)
                        .map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.of(new java.math.BigDecimal("1e400"), new java.math.BigDecimal("-1e-400"),
                        new java.math.BigDecimal("123456789012345678901234567890.5")).map(NODES::numberNode),
                hostileStrings().map(NODES::stringNode));
        if (depth <= 0) {
            return scalar;
        }
        Arbitrary<JsonNode> array = jsonValues(depth - 1).list().ofMaxSize(4).map(items -> {
            ArrayNode node = NODES.arrayNode();
            items.forEach(node::add);
            return node;
        });
        Arbitrary<JsonNode> object = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.strings().alpha().ofMaxLength(12), hostileStrings()
                        .map(s -> s.length() > 50 ? s.substring(0, 50) : s)).list().ofMaxSize(4),
                jsonValues(depth - 1).list().ofSize(4)).as((keys, values) -> {
                    ObjectNode node = NODES.objectNode();
                    for (int i = 0; i < keys.size(); i++) {
                        node.set(keys.get(i), values.get(i));
                    }
                    return node;
                });
        return Arbitraries.frequencyOf(
                Tuple.of(4, scalar),
                Tuple.of(1, array),
                Tuple.of(1, object));
    }

    /** The valid body with one place changed: a value replaced, nulled or removed, or an unknown field added. */
    private static Arbitrary<Body> mutated(JsonNode valid) {
        List<List<Object>> paths = new ArrayList<>();
        collectPaths(valid, new ArrayList<>(), paths);
        if (paths.isEmpty()) {
            return jsonValues(2).map(node -> Body.json(JSON.writeValueAsString(node)).withShape("random JSON"));
        }
        Arbitrary<List<Object>> path = Arbitraries.of(paths);
        Arbitrary<Body> replaced = Combinators.combine(path, jsonValues(2)).as((at, value) ->
                Body.json(JSON.writeValueAsString(with(valid, at, value))).withShape("value at " + at + " replaced"));
        Arbitrary<Body> removed = path.map(at ->
                Body.json(JSON.writeValueAsString(with(valid, at, null))).withShape("value at " + at + " removed"));
        Arbitrary<Body> extra = Combinators.combine(hostileStrings().map(s -> s.length() > 40 ? s.substring(0, 40) : s),
                jsonValues(1)).as((key, value) -> {
                    ObjectNode copy = valid.isObject() ? ((ObjectNode) valid).deepCopy() : NODES.objectNode();
                    copy.set(key.isEmpty() ? "_" : key, value);
                    return Body.json(JSON.writeValueAsString(copy)).withShape("unknown field");
                });
        return Arbitraries.frequencyOf(Tuple.of(6, replaced), Tuple.of(2, removed),
                Tuple.of(1, extra));
    }

    private static void collectPaths(JsonNode node, List<Object> at, List<List<Object>> paths) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                List<Object> next = new ArrayList<>(at);
                next.add(field.getKey());
                paths.add(next);
                collectPaths(field.getValue(), next, paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> next = new ArrayList<>(at);
                next.add(i);
                paths.add(next);
                collectPaths(node.get(i), next, paths);
            }
        }
    }

    /** A copy of {@code root} with the value at {@code at} set to {@code value} ({@code null}: removed). */
    private static JsonNode with(JsonNode root, List<Object> at, JsonNode value) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < at.size() - 1; i++) {
            Object step = at.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
        }
        Object last = at.get(at.size() - 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            if (value == null) {
                array.remove((Integer) last);
            } else {
                array.set((Integer) last, value);
            }
        }
        return copy;
    }

    private static Arbitrary<Body> deeplyNested() {
        return Combinators.combine(Arbitraries.integers().between(100, 20_000), Arbitraries.of('[', '{'))
                .as((depth, open) -> {
                    StringBuilder json = new StringBuilder();
                    for (int i = 0; i < depth; i++) {
                        json.append(open == '[' ? "[" : "{\"a\":");
                    }
                    json.append("1");
                    json.append((open == '[' ? "]" : "}").repeat(depth));
                    return Body.json(json.toString()).withShape("nested " + depth + " deep");
                });
    }

    /** The valid body with bytes that are not UTF-8 (a lone continuation byte, an overlong form, 0xFF) inside. */
    private static Arbitrary<Body> invalidUtf8(String validJson) {
        byte[] valid = validJson.getBytes(StandardCharsets.UTF_8);
        List<byte[]> bad = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC3, 0x28},
                new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xFF, (byte) 0xFE},
                new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xF4, (byte) 0x90, 0, 0});
        return Combinators.combine(Arbitraries.integers().between(0, valid.length), Arbitraries.of(bad))
                .as((at, bytes) -> {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    out.write(valid, 0, at);
                    out.writeBytes(bytes);
                    out.write(valid, at, valid.length - at);
                    return new Body(out.toByteArray(), "application/json", "invalid UTF-8 at " + at);
                });
    }

    /** Not JSON: empty, truncated, plain text, random bytes. */
    private static Arbitrary<Body> broken(String validJson) {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "null", "[]", "\"texte\"", "{", "}", "{\"a\":}", "{'a':1}", "NaN", "{}{}",
                        "<venue/>").map(text -> Body.json(text).withShape("not the expected JSON")),
                Arbitraries.integers().between(0, Math.max(0, validJson.length() - 1))
                        .map(cut -> Body.json(validJson.substring(0, cut)).withShape("truncated at " + cut)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200)
                        .map(bytes -> new Body(bytes, "application/json", "random bytes")));
    }

    /** The valid body padded with a string of up to 2 MB (over the services' 1 MB limit at the top). */
    private static Arbitrary<Body> huge(JsonNode valid) {
        return Arbitraries.of(50_000, 900_000, 1_100_000, 2_000_000).map(size -> {
            ObjectNode copy = valid.isObject() ? ((ObjectNode) valid).deepCopy() : NODES.objectNode();
            copy.put("padding", "x".repeat(size));
            return Body.json(JSON.writeValueAsString(copy)).withShape("padded to " + size);
        });
    }

}
