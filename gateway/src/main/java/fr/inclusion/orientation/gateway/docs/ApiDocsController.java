package fr.inclusion.orientation.gateway.docs;

import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api-docs}: one OpenAPI document for the whole public API, merged from the {@code /v3/api-docs} of
 * venue-service, referral-service and notification-service (found through the gateway's own routes). A service that
 * does not answer within two seconds is listed under {@code x-unavailable} and its paths are missing, rather than
 * failing the whole document. Schemas keep their names; when two services use one name for different shapes, the
 * later ones are kept as {@code <service>.<name>}.
 */
@RestController
class ApiDocsController {

    static final List<String> SERVICES = List.of("venue-service", "referral-service", "notification-service");
    /** A service builds its document on the first request: seconds on a loaded machine. */
    private static final Duration PER_SERVICE = Duration.ofSeconds(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RouteLocator routes;
    private final WebClient http;

    ApiDocsController(RouteLocator routes) {
        this.routes = routes;
        this.http = WebClient.builder().build();
    }

    @GetMapping(path = "/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<String> apiDocs() {
        return routes.getRoutes()
                .filter(route -> SERVICES.contains(route.getId()))
                .collectMap(Route::getId, route -> route.getUri().toString())
                .flatMapMany(uris -> Flux.fromIterable(SERVICES)
                        .filter(uris::containsKey)
                        .flatMapSequential(service -> fetch(service, uris.get(service))))
                .collectList()
                .map(ApiDocsController::merge);
    }

    private Mono<Map.Entry<String, JsonNode>> fetch(String service, String uri) {
        return http.get().uri(uri + "/v3/api-docs").retrieve().bodyToMono(String.class)
                .timeout(PER_SERVICE)
                .map(body -> Map.entry(service, JSON.readTree(body)))
                .onErrorResume(error -> Mono.just(Map.entry(service, JSON.nullNode())));
    }

    static String merge(List<Map.Entry<String, JsonNode>> documents) {
        ObjectNode merged = JSON.createObjectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info").put("title", "Orientation numérique — API publique")
                .put("description", "Tous les services derrière la passerelle ; jeton Bearer de Keycloak requis.")
                .put("version", "1");
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode schemas = merged.putObject("components").putObject("schemas");
        Map<String, String> unavailable = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> document : documents) {
            JsonNode doc = document.getValue();
            if (doc == null || !doc.has("paths")) {
                unavailable.put(document.getKey(), "pas de réponse de /v3/api-docs");
                continue;
            }
            String service = document.getKey();
            Set<String> clashing = new HashSet<>();
            String text = JSON.writeValueAsString(doc);
            for (Map.Entry<String, JsonNode> schema : doc.path("components").path("schemas").properties()) {
                JsonNode existing = schemas.get(schema.getKey());
                if (existing != null && !existing.equals(schema.getValue())) {
                    // same name, another shape: this service's schema and every reference to it get its prefix
                    clashing.add(schema.getKey());
                    text = text.replace("\"#/components/schemas/" + schema.getKey() + "\"",
                            "\"#/components/schemas/" + service + "." + schema.getKey() + "\"");
                }
            }
            JsonNode renamed = JSON.readTree(text);
            renamed.get("paths").properties().forEach(path -> paths.set(path.getKey(), path.getValue()));
            renamed.path("components").path("schemas").properties().forEach(schema -> schemas.set(
                    clashing.contains(schema.getKey()) ? service + "." + schema.getKey() : schema.getKey(),
                    schema.getValue()));
        }
        if (!unavailable.isEmpty()) {
            ObjectNode missing = merged.putObject("x-unavailable");
            unavailable.forEach(missing::put);
        }
        return JSON.writeValueAsString(merged);
    }
}
