package fr.inclusion.orientation.gateway.route;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import fr.inclusion.orientation.gateway.config.Problems;
import reactor.core.publisher.Mono;

/**
 * Gives every request a correlation id: the caller's {@code X-Request-Id} when it is a plausible id, a fresh UUID
 * otherwise. The id goes downstream with the relayed request and back to the caller on every answer, errors
 * included. It runs as a WebFilter ahead of security so that a 401 carries the id too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class RequestIdFilter implements WebFilter {

    public static final String HEADER = "X-Request-Id";

    /** Anything else is replaced: the id ends up in logs of every service, so no spaces, quotes or line breaks. */
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(HEADER);
        String requestId = incoming != null && ACCEPTABLE.matcher(incoming).matches()
                ? incoming
                : UUID.randomUUID().toString();
        exchange.getAttributes().put(Problems.REQUEST_ID_ATTR, requestId);
        exchange.getAttributes().put(Problems.ORIGINAL_PATH_ATTR, exchange.getRequest().getPath().value());
        ServerWebExchange withId = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(HEADER, requestId)))
                .build();
        // Set just before commit, so that neither a service's own header nor an error handler can replace it.
        withId.getResponse().beforeCommit(() -> {
            withId.getResponse().getHeaders().set(HEADER, requestId);
            return Mono.empty();
        });
        return chain.filter(withId);
    }
}
