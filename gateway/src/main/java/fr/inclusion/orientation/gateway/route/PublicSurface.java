package fr.inclusion.orientation.gateway.route;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import fr.inclusion.orientation.gateway.config.Problems;
import reactor.core.publisher.Mono;

/**
 * On the public port only the health probes of the actuator exist: any other {@code /actuator/**} path (metrics,
 * environment, …) answers 404 problem+json, as if it were not there, whoever asks.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class PublicSurface implements WebFilter {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (path.equals("/actuator") || path.startsWith("/actuator/") && !isHealth(path)) {
            return Problems.write(exchange, HttpStatus.NOT_FOUND, "not-found", "Ressource introuvable",
                    "Aucune ressource ne correspond à ce chemin.");
        }
        return chain.filter(exchange);
    }

    private static boolean isHealth(String path) {
        return path.equals("/actuator/health") || path.startsWith("/actuator/health/");
    }
}
