package fr.inclusion.orientation.venue.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.testsupport.SharedData;

class StandardFieldsTest {

    private static final JsonNode SCHEMA = JsonMapper.builder().build()
            .readTree(SharedData.file("standard/schema.json").toFile());

    @Test
    void columnsAreTheOfficialSchemasFieldsInItsOrder() {
        List<String> official = SCHEMA.path("fields").values().stream().map(f -> f.path("name").asString()).toList();

        assertThat(StandardFields.ORDER).containsExactlyElementsOf(official);
    }

    @Test
    void requiredColumnsAreThoseTheSchemaRequires() {
        List<String> required = SCHEMA.path("fields").values().stream()
                .filter(f -> f.path("constraints").path("required").asBoolean(false))
                .map(f -> f.path("name").asString()).toList();

        assertThat(StandardFields.REQUIRED).containsExactlyInAnyOrderElementsOf(required);
    }
}
