package fr.inclusion.orientation.gateway.route;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import fr.inclusion.orientation.gateway.config.BodyTooLargeException;
import fr.inclusion.orientation.gateway.config.GatewayProperties;
import fr.inclusion.orientation.gateway.config.Problems;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Request bodies above the configured size are refused with 413 problem+json before they reach a service
 * ({@code MAX_BODY_SIZE}, 1 MB; the import paths — national venue file, fragility index — have
 * {@code MAX_IMPORT_SIZE}, 50 MB). A declared {@code Content-Length} is judged at once; a chunked body is counted as
 * it streams and cut when it crosses the limit. The services apply the same limits themselves.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class BodySizeLimit implements WebFilter {

    private final long maxBody;
    private final long maxImport;
    private final List<PathPattern> importPaths;

    public BodySizeLimit(GatewayProperties properties) {
        this.maxBody = properties.http().maxBodySize().toBytes();
        this.maxImport = properties.http().maxImportSize().toBytes();
        this.importPaths = properties.http().importPaths().stream()
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        boolean importing = isImport(request.getPath().pathWithinApplication());
        long limit = importing ? maxImport : maxBody;
        long declared = request.getHeaders().getContentLength();
        if (declared > limit) {
            return tooLarge(exchange, limit, importing);
        }
        if (declared >= 0) {
            return chain.filter(exchange);
        }
        AtomicLong received = new AtomicLong();
        Flux<DataBuffer> counted = request.getBody().map(buffer -> {
            if (received.addAndGet(buffer.readableByteCount()) > limit) {
                DataBufferUtils.release(buffer);
                throw new BodyTooLargeException(title(importing), detail(limit, importing));
            }
            return buffer;
        });
        ServerHttpRequest guarded = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return counted;
            }
        };
        return chain.filter(exchange.mutate().request(guarded).build());
    }

    private boolean isImport(PathContainer path) {
        return importPaths.stream().anyMatch(pattern -> pattern.matches(path));
    }

    static Mono<Void> tooLarge(ServerWebExchange exchange, long limit, boolean importing) {
        return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", title(importing),
                detail(limit, importing));
    }

    /** The same words as the services' own 413 (service-support's RequestBodyLimit), whoever refuses first. */
    static String title(boolean importing) {
        return importing ? "Fichier trop volumineux" : "Contenu trop volumineux";
    }

    static String detail(long limit, boolean importing) {
        return importing
                ? "Le fichier dépasse la taille maximale acceptée (" + frenchSize(limit)
                        + ") : découpez-le en plusieurs fichiers, par exemple par département."
                : "Le corps de la requête dépasse la taille maximale acceptée (" + frenchSize(limit) + ").";
    }

    /** 1 Mo, 50 Mo, 512 Ko, 100 octets: sizes as a French reader expects them. */
    static String frenchSize(long bytes) {
        long mb = DataSize.ofMegabytes(1).toBytes();
        long kb = DataSize.ofKilobytes(1).toBytes();
        if (bytes >= mb && bytes % mb == 0) {
            return bytes / mb + " Mo";
        }
        if (bytes >= kb && bytes % kb == 0) {
            return bytes / kb + " Ko";
        }
        return bytes + " octets";
    }
}
