package fr.inclusion.orientation.gateway.page;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every page address ({@code /}, {@code /orientations/<id>} from an e-mail, the forms' POSTs…) goes to the web
 * service, with the signed-in user's token relayed like any other route, so that a link leads through sign-in back
 * to where it pointed. It is the last route: the API and the gateway's own paths are never pages. When the web
 * service is down, a French page says so ({@code /fallback/web}).
 */
@Configuration(proxyBeanMethods = false)
public class WebRoute {

    /** Paths that are not pages: the API, the actuator, sign-in machinery, the gateway's own handlers and assets. */
    static final List<String> NOT_PAGES = List.of("/api/", "/api-docs", "/actuator", "/oauth2/", "/login",
            "/logout", "/fallback/", "/assets/");

    @Bean
    RouteLocator webPages(RouteLocatorBuilder routes, @Value("${WEB_URL:http://127.0.0.1:8084}") String webUrl) {
        return routes.routes()
                .route("web", route -> route.order(Integer.MAX_VALUE)
                        .predicate(exchange -> isPage(exchange.getRequest().getPath().pathWithinApplication().value()))
                        .filters(filters -> filters.circuitBreaker(breaker -> breaker
                                .setName("web").setFallbackUri("forward:/fallback/web")))
                        .uri(webUrl))
                .build();
    }

    static boolean isPage(String path) {
        return NOT_PAGES.stream().noneMatch(path::startsWith);
    }
}
