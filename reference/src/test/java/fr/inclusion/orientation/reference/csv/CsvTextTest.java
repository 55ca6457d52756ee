package fr.inclusion.orientation.reference.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTextTest {

    @Test
    void readsTheHeaderAndRowsWithTheirLines() {
        CsvText csv = CsvText.parse("code_insee,nom\n55001,Abainville\n55002,Abaucourt-Hautecourt\n");

        assertThat(csv.separator()).isEqualTo(',');
        assertThat(csv.header()).containsExactly("code_insee", "nom");
        assertThat(csv.rows()).extracting(CsvText.Row::line).containsExactly(2, 3);
        assertThat(csv.rows().get(1).get("nom")).isEqualTo("Abaucourt-Hautecourt");
        assertThat(csv.rows().get(1).get("inconnue")).isEmpty();
    }

    @Test
    void dropsAUtf8ByteOrderMark() {
        byte[] bytes = "\uFEFFcode_insee,nom\r\n55001,Abainville\r\n".getBytes(StandardCharsets.UTF_8);

        CsvText csv = CsvText.read(new ByteArrayInputStream(bytes));

        assertThat(csv.header()).containsExactly("code_insee", "nom");
        assertThat(csv.rows().getFirst().values()).containsExactly("55001", "Abainville");
    }

    @Test
    void detectsTheSemicolonOfAFrenchSpreadsheet() {
        CsvText csv = CsvText.parse("code_insee;nom;latitude\n55001;Abainville;48,53267\n");

        assertThat(csv.separator()).isEqualTo(';');
        assertThat(csv.rows().getFirst().values()).containsExactly("55001", "Abainville", "48,53267");
    }

    @Test
    void quotedFieldsHoldSeparatorsQuotesAndLineBreaks() {
        CsvText csv = CsvText.parse("nom,epci_nom\n"
                + "\"Bar-le-Duc, ville\",\"CA de Bar-le-Duc - \"\"Sud Meuse\"\"\"\n"
                + "\"Deux\nlignes\",x\n"
                + "Après,y\n");

        assertThat(csv.rows()).extracting(CsvText.Row::values).containsExactly(
                List.of("Bar-le-Duc, ville", "CA de Bar-le-Duc - \"Sud Meuse\""),
                List.of("Deux\nlignes", "x"),
                List.of("Après", "y"));
        assertThat(csv.rows()).extracting(CsvText.Row::line).containsExactly(2, 3, 5);
    }

    @Test
    void blankLinesAreSkippedButCounted() {
        CsvText csv = CsvText.parse("a,b\n\n1,2\n , \n3,4\n");

        assertThat(csv.rows()).extracting(CsvText.Row::line).containsExactly(3, 5);
    }

    @Test
    void aRowOfTheWrongWidthIsKeptForTheCallerToReject() {
        CsvText csv = CsvText.parse("a,b,c\n1,2,3\n4,5\n");

        assertThat(csv.rows().get(1).line()).isEqualTo(3);
        assertThat(csv.rows().get(1).size()).isEqualTo(2);
        assertThat(csv.missing(List.of("a", "d", "c", "e"))).containsExactly("d", "e");
    }

    @Test
    void anUnterminatedQuoteNamesTheLineOfItsRecord() {
        assertThatThrownBy(() -> CsvText.parse("a,b\n1,2\n3,\"quatre\n5,6\n"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageStartingWith("ligne 3 : ");
    }

    @Test
    void textAfterAClosingQuoteNamesItsLine() {
        assertThatThrownBy(() -> CsvText.parse("a,b\n1,2\n3,4\n\"cinq\"x,6\n"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(4));
    }

    @Test
    void anEmptyTextHasNoHeader() {
        assertThatThrownBy(() -> CsvText.parse("\uFEFF"))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> assertThat(e.line()).isEqualTo(1))
                .hasMessage("ligne 1 : fichier vide : la première ligne doit nommer les colonnes");
    }

    @Test
    void readPartlyATextKeepsTheRowsBeforeItStopsBeingCsvAndNamesThatLine() {
        CsvText csv = CsvText.parsePartly("a;b\n1;2\n3;\"4\n5;6\n");

        assertThat(csv.rows()).extracting(CsvText.Row::values).containsExactly(List.of("1", "2"));
        assertThat(csv.fault()).hasValueSatisfying(fault -> assertThat(fault.line()).isEqualTo(3));
        assertThatThrownBy(() -> CsvText.parse("a;b\n1;2\n3;\"4\n5;6\n"))
                .isInstanceOf(CsvFormatException.class).hasMessageStartingWith("ligne 3 : ");
    }

    @Test
    void aHeaderThatIsNoCsvLeavesNoHeaderAndNoRowWhenReadPartly() {
        CsvText csv = CsvText.parsePartly("\"a;b\n1;2\n");

        assertThat(csv.header()).isEmpty();
        assertThat(csv.rows()).isEmpty();
        assertThat(csv.fault()).hasValueSatisfying(fault -> assertThat(fault.line()).isEqualTo(1));
    }

    @Test
    void blankLinesBeforeTheHeaderAreSkipped() {
        CsvText csv = CsvText.parse("\n ; \na;b\n1;2\n");

        assertThat(csv.header()).containsExactly("a", "b");
        assertThat(csv.headerLine()).isEqualTo(3);
        assertThat(csv.rows()).extracting(CsvText.Row::line).containsExactly(4);
    }
}
