package fr.inclusion.orientation.venue.exchange.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.venue.exchange.domain.StandardFields;
import fr.inclusion.orientation.venue.exchange.domain.StandardRow;
import fr.inclusion.orientation.venue.directory.domain.Violation;

class StandardCsvTest {

    private static final String HEADER = "id;pivot;nom;commune;code_postal;adresse;date_maj;services";

    @Test
    void aSemicolonFileWithBomCrlfAndQuotedFieldsIsRead() {
        String text = "\uFEFF" + HEADER + "\r\n"
                + "a;20004478300014;\"Bus; le \"\"Maxillien\"\"\";Revigny;55800;\"1 rue\r\nde la gare\";2026-11-01;"
                + "Aide aux démarches administratives|Accès internet et matériel informatique\r\n"
                + "\r\n"
                + "b;20004478300014;Médiathèque;Revigny;55800;Place;2026-11-01;\r\n";

        ImportFile file = StandardCsv.read(text.getBytes(StandardCharsets.UTF_8), null);

        assertThat(file.format()).isEqualTo(ImportFormat.CSV);
        assertThat(file.rows()).extracting(StandardRow::line).containsExactly(2, 5);
        StandardRow first = file.rows().getFirst();
        assertThat(first.value("id")).as("no BOM left in the first column").isEqualTo("a");
        assertThat(first.value("nom")).isEqualTo("Bus; le \"Maxillien\"");
        assertThat(first.value("adresse")).isEqualTo("1 rue\r\nde la gare");
        assertThat(first.value("services")).isEqualTo(
                "Aide aux démarches administratives|Accès internet et matériel informatique");
        assertThat(file.rows().get(1).values()).doesNotContainKey("services");
    }

    @Test
    void aCommaFileWithLfAndQuotedHeaderIsRead() {
        String text = "\"id\",\"pivot\",nom,commune,code_postal,adresse,date_maj,latitude\n"
                + "a,20004478300014,\"Bus, Maxillien\",Revigny,55800,Place,2026-11-01,\"48,8\"\n";

        StandardRow row = StandardCsv.read(text.getBytes(StandardCharsets.UTF_8), null).rows().getFirst();

        assertThat(row.line()).isEqualTo(2);
        assertThat(row.value("nom")).isEqualTo("Bus, Maxillien");
        assertThat(row.value("latitude")).isEqualTo("48,8");
    }

    @Test
    void aLineWithTheWrongNumberOfFieldsIsUnreadableButTheOthersAreKept() {
        String text = HEADER + "\n"
                + "a;1;2;3;4;5;6;7;8\n"
                + "b;1;2;3\n"
                + "c;1;2;3;4;5;6;7;;;\n";

        List<StandardRow> rows = StandardCsv.read(text.getBytes(StandardCharsets.UTF_8), null).rows();

        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).problems()).singleElement().extracting(Violation::message).asString()
                .contains("9 champ(s)").contains("8");
        assertThat(rows.get(1).problems()).isNotEmpty();
        assertThat(rows.get(2).problems()).as("trailing empty fields are harmless").isEmpty();
        assertThat(rows.get(2).value("services")).isEqualTo("7");
    }

    @Test
    void anUnclosedQuoteMakesTheRestUnreadableFromItsLine() {
        String text = HEADER + "\n" + "a;1;2;3;4;5;6;7\n" + "b;1;\"2;3;4;5;6;7\n" + "c;1;2;3;4;5;6;7\n";

        List<StandardRow> rows = StandardCsv.read(text.getBytes(StandardCharsets.UTF_8), null).rows();

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).problems()).isEmpty();
        assertThat(rows.get(1).line()).isEqualTo(3);
        assertThat(rows.get(1).problems()).singleElement().extracting(Violation::message).asString()
                .contains("guillemet");
    }

    @Test
    void aFileOfBlankQuotedFieldsIsRefusedAsEmpty() {
        assertThatThrownBy(() -> StandardCsv.read("\"\"\r\n\"\"".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(InvalidImportFileException.class).hasMessageContaining("vide");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> StandardCsv.read("\uFEFF \r\n".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(InvalidImportFileException.class)
                .hasMessage(
                        "Le fichier est vide : la première ligne doit être l'en-tête du standard national, suivie "
                                + "d'une ligne par lieu.");
    }

    @Test
    void unknownAndMissingColumnsAreListed() {
        String text = "id;nom;commune;code_postal;adresse;date_maj;horaire;nom\nx;y;z;1;2;3;4;5\n";

        assertThatThrownBy(() -> StandardCsv.read(text.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOfSatisfying(InvalidImportFileException.class, e -> assertThat(e.errors())
                        .extracting(Violation::field).containsExactlyInAnyOrder("horaire", "nom", "pivot"));
    }

    @Test
    void aFileWithoutHeaderIsRefused() {
        String text = "a;20004478300014;Bus;Revigny;55800;Place;2026-11-01\n";

        assertThatThrownBy(() -> StandardCsv.read(text.getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(InvalidImportFileException.class)
                .hasMessageContaining("doit être l'en-tête du standard");
    }

    @Test
    void aSpreadsheetsWindowsEncodingIsRecognised() {
        String text = HEADER + "\r\na;1;Médiathèque;Revigny;55800;Place;2026-11-01;\r\n";

        StandardRow row = StandardCsv.read(text.getBytes(Charset.forName("windows-1252")), null).rows().getFirst();

        assertThat(row.value("nom")).isEqualTo("Médiathèque");
    }

    @Test
    void theExportIsCanonicalCsv() {
        StringWriter out = new StringWriter();
        StandardCsv.writeHeader(out);
        StandardCsv.writeRecord(out, Map.of("id", "a", "nom", "Bus, \"Maxillien\"", "adresse", "1 rue\nde la gare",
                "services", List.of("Jeunes", "Femmes"), "latitude", 48.5, "date_maj", LocalDate.of(2024, 4, 2)));

        String[] lines = out.toString().split("\r\n", -1);
        assertThat(lines[0]).isEqualTo(String.join(",", StandardFields.ORDER));
        assertThat(lines[1]).startsWith("a,,\"Bus, \"\"Maxillien\"\"\",,,,\"1 rue\nde la gare\",,48.5,");
        assertThat(out.toString()).endsWith("\r\n").contains(",Jeunes|Femmes,").contains(",2024-04-02,");
    }

    @Test
    void whatIsWrittenIsReadBackTheSame() {
        StringWriter out = new StringWriter();
        StandardCsv.writeHeader(out);
        Map<String, Object> values = Map.of("id", "a", "nom", "Bus; \"M\", 1", "adresse", "1 rue\r\nde la gare",
                "date_maj", "2024-04-02", "pivot", "20004478300014", "commune", "Revigny", "code_postal", "55800");
        StandardCsv.writeRecord(out, values);

        StandardRow row = StandardCsv.read(out.toString().getBytes(StandardCharsets.UTF_8), null).rows().getFirst();

        values.forEach((field, value) -> assertThat(row.value(field)).isEqualTo(value));
    }
}
