package fr.inclusion.orientation.testsupport;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/** Request bodies for the size limits: a JSON document of a given size, sent announced or in chunks. */
public final class TestBodies {

    private TestBodies() {
    }

    /** A valid JSON object of exactly {@code bytes} bytes ({@code {"padding":"aaa…"}}). */
    public static byte[] jsonOfSize(int bytes) {
        String prefix = "{\"padding\":\"";
        String suffix = "\"}";
        return (prefix + "a".repeat(bytes - prefix.length() - suffix.length()) + suffix)
                .getBytes(StandardCharsets.UTF_8);
    }

    /** With {@code Content-Length}. */
    public static HttpRequest.BodyPublisher announced(byte[] body) {
        return HttpRequest.BodyPublishers.ofByteArray(body);
    }

    /** Without {@code Content-Length}: {@code Transfer-Encoding: chunked}, the size known only once read. */
    public static HttpRequest.BodyPublisher chunked(byte[] body) {
        return HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
    }
}
