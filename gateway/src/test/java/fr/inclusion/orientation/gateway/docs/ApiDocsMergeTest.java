package fr.inclusion.orientation.gateway.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiDocsMergeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void pathsOfEveryServiceInOneDocumentAndClashingSchemasKeptApartWithTheirReferences() {
        JsonNode venues = JSON.readTree("""
                {"openapi":"3.1.0","paths":{"/api/venues":{"get":{"responses":{"200":{"content":{"application/json":
                 {"schema":{"$ref":"#/components/schemas/PageView"}}}}}}}},
                 "components":{"schemas":{"PageView":{"type":"object","properties":{"items":{"type":"array"}}},
                 "Problem":{"type":"object"}}}}""");
        JsonNode notifications = JSON.readTree("""
                {"openapi":"3.1.0","paths":{"/api/notifications":{"get":{"responses":{"200":{"content":
                 {"application/json":{"schema":{"$ref":"#/components/schemas/PageView"}}}}}}}},
                 "components":{"schemas":{"PageView":{"type":"object","properties":{"total":{"type":"integer"}}},
                 "Problem":{"type":"object"}}}}""");

        JsonNode merged = JSON.readTree(ApiDocsController.merge(List.of(Map.entry("venue-service", venues),
                Map.entry("notification-service", notifications), Map.entry("referral-service", JSON.nullNode()))));

        assertThat(merged.get("paths").has("/api/venues")).isTrue();
        assertThat(merged.get("paths").has("/api/notifications")).isTrue();
        JsonNode schemas = merged.get("components").get("schemas");
        assertThat(schemas.get("PageView").get("properties").has("items")).isTrue();
        assertThat(schemas.get("notification-service.PageView").get("properties").has("total")).isTrue();
        assertThat(schemas.has("notification-service.Problem")).as("same shape: shared").isFalse();
        assertThat(merged.at("/paths/~1api~1notifications/get/responses/200/content/application~1json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/notification-service.PageView");
        assertThat(merged.at("/paths/~1api~1venues/get/responses/200/content/application~1json/schema/$ref")
                .asString()).isEqualTo("#/components/schemas/PageView");
        assertThat(merged.get("x-unavailable").has("referral-service")).isTrue();
        assertThat(merged.get("info").get("title").asString()).contains("Orientation numérique");
    }
}
