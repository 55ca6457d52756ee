package fr.inclusion.orientation.gateway.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details straight to the response. The gateway's errors (401, 403, 404, fallbacks) are
 * produced by filters and exception handlers that run outside any controller, so they cannot rely on Spring's
 * {@code ProblemDetail} return-value handling; they all come through here to keep one shape.
 */
public final class Problems {

    /** Same base as the services' problem types, so clients see one family of {@code type} URIs. */
    public static final String TYPE_BASE = "https://orientation-numerique.fr/problems/";

    /**
     * Exchange attribute holding the path the client asked for, recorded before any forward rewrites the request
     * (by {@code route.RequestIdFilter}); it becomes the problem's {@code instance}.
     */
    public static final String ORIGINAL_PATH_ATTR = Problems.class.getName() + ".originalPath";

    /**
     * Exchange attribute holding the request's correlation id (set by {@code route.RequestIdFilter}). Error
     * handlers see the exchange as it was before that filter mutated the request, but they share its attributes.
     */
    public static final String REQUEST_ID_ATTR = Problems.class.getName() + ".requestId";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title,
            String detail) {
        return write(exchange, status, type, title, detail, Map.of());
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String type, String title,
            String detail, Map<String, String> extraHeaders) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            // Part of a downstream answer is already on the wire: nothing sensible can be added to it.
            return Mono.empty();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", originalPath(exchange));
        String requestId = exchange.getAttribute(REQUEST_ID_ATTR);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        extraHeaders.forEach(response.getHeaders()::set);
        DataBuffer buffer = response.bufferFactory().wrap(bytes);
        return response.writeWith(Mono.just(buffer));
    }

    /** After a forward to a fallback the request path is the fallback's; the client asked for the original one. */
    private static String originalPath(ServerWebExchange exchange) {
        String original = exchange.getAttribute(ORIGINAL_PATH_ATTR);
        return original != null ? original : exchange.getRequest().getPath().value();
    }
}
