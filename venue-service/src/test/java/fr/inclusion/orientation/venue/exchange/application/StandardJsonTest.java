package fr.inclusion.orientation.venue.exchange.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.venue.exchange.domain.StandardRow;
import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.Violation;

class StandardJsonTest {

    @Test
    void listsMayBeArraysOrJoinedTextAndNumbersAreRead() {
        List<StandardRow> rows = read("""
                [{"id": "a", "services": ["Aide aux démarches administratives", "Jeunes|Femmes"],
                  "latitude": 48.8285, "code_postal": 55800, "typologie": "EPN|MUNI", "horaires": null},
                 {"id": "b", "stops": [{"commune": "55493", "weekday": 2, "from": "14:00", "to": "16:00",
                  "place": "Mairie"}]}]
                """);

        assertThat(rows).extracting(StandardRow::line).containsExactly(1, 2);
        StandardRow first = rows.getFirst();
        assertThat(first.value("services")).isEqualTo("Aide aux démarches administratives|Jeunes|Femmes");
        assertThat(first.value("latitude")).isEqualTo("48.8285");
        assertThat(first.value("code_postal")).isEqualTo("55800");
        assertThat(first.value("typologie")).isEqualTo("EPN|MUNI");
        assertThat(first.values()).doesNotContainKey("horaires");
        assertThat(first.stops()).isNull();
        assertThat(rows.get(1).stops()).containsExactly(new MobileStop("55493", 2, "14:00", "16:00", "Mairie"));
    }

    @Test
    void valuesOfTheWrongShapeMakeTheirElementUnreadable() {
        List<StandardRow> rows = read("""
                [{"id": "a", "nom": {"fr": "Bus"}, "services": [["x"]], "stops": "mardi"}, 42, {"id": "c"}]
                """);

        assertThat(rows.get(0).problems()).extracting(Violation::field)
                .containsExactlyInAnyOrder("nom", "services", "stops");
        assertThat(rows.get(1).problems()).singleElement().extracting(Violation::field).isNull();
        assertThat(rows.get(2).problems()).isEmpty();
    }

    @Test
    void unknownFieldsRefuseTheFile() {
        assertThatThrownBy(() -> read("[{\"id\": \"a\", \"name\": \"Bus\"}, {\"id\": \"b\", \"phone\": \"x\"}]"))
                .isInstanceOfSatisfying(InvalidImportFileException.class, e -> assertThat(e.errors())
                        .extracting(Violation::field).containsExactly("name", "phone"));
    }

    @Test
    void anythingButAnArrayIsRefused() {
        assertThatThrownBy(() -> read("{\"id\": \"a\"}")).isInstanceOf(InvalidImportFileException.class);
        assertThatThrownBy(() -> read("[{\"id\": ")).isInstanceOf(InvalidImportFileException.class)
                .hasMessageContaining("JSON valide");
        assertThatThrownBy(() -> read("  ")).isInstanceOf(InvalidImportFileException.class)
                .hasMessageContaining("vide");
    }

    @Test
    void anEmptyArrayIsAnEmptyImport() {
        assertThat(read("\uFEFF[]")).isEmpty();
    }

    @Test
    void recordsAreWrittenWithTypedValuesInTheGivenOrder() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", "a");
        values.put("latitude", 48.5);
        values.put("date_maj", LocalDate.of(2024, 4, 2));
        values.put("services", List.of("Jeunes"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        StandardJson.writeRecord(out, values);

        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("{\"id\":\"a\",\"latitude\":48.5,\"date_maj\":\"2024-04-02\",\"services\":[\"Jeunes\"]}");
    }

    private static List<StandardRow> read(String json) {
        return StandardJson.read(json.getBytes(StandardCharsets.UTF_8)).rows();
    }
}
