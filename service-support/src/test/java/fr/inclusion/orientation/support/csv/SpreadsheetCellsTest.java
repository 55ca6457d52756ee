package fr.inclusion.orientation.support.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+33 6 00", "-1+cmd|' /C calc'!A0", "@SUM(A1)", "\tTab",
            "\rRetour", "=1+1"})
    void aValueASpreadsheetWouldRunAsAFormulaIsWrittenAsText(String value) {
        assertThat(SpreadsheetCells.neutralised(value)).isEqualTo("'" + value);
        assertThat(SpreadsheetCells.restored(SpreadsheetCells.neutralised(value))).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Médiathèque", "-4.48", "12", "-3,5", "", "a=b", "l'Essai"})
    void ordinaryValuesAndPlainNumbersAreLeftAsTheyAre(String value) {
        assertThat(SpreadsheetCells.neutralised(value)).isEqualTo(value);
        assertThat(SpreadsheetCells.restored(value)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'quote", "'=déjà neutralisé", "''", "'"})
    void aValueStartingWithAQuoteSurvivesTheRoundTrip(String value) {
        assertThat(SpreadsheetCells.restored(SpreadsheetCells.neutralised(value))).isEqualTo(value);
    }

    @Test
    void aQuoteTypedByHandBeforeOrdinaryTextIsKeptOnImport() {
        assertThat(SpreadsheetCells.restored("'abc")).isEqualTo("'abc");
    }
}
