package fr.inclusion.orientation.venue.territory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;

class FragilityFileTest {

    private static final String HEADER =
            "name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,poverty_rate,older_65_rate,nscol15p_rate,total";
    private static final Set<String> KNOWN = Set.of("55427", "55493", "55001", "01053");

    private static FragilityFile.Rows read(String text) {
        return FragilityFile.read(text, KNOWN::contains);
    }

    @Test
    void aValidLineGivesTheTotalAndEveryIndicator() {
        FragilityFile.Rows rows = read(HEADER + "\nRevigny-sur-Ornain,city,55427,2.0,7.0,8.0,6.0,9.0,7.428571428571429\n");

        assertThat(rows.rejected()).isEmpty();
        assertThat(rows.accepted()).containsExactly(
                new Fragility("55427", 2.0, 7.0, 8.0, 6.0, 9.0, 7.428571428571429));
    }

    @Test
    void spreadsheetExportsWithBomCrlfSemicolonsAndDecimalCommasAreRead() {
        String text = "\uFEFF" + HEADER.replace(',', ';') + "\r\n"
                + "Revigny-sur-Ornain;city;55427;2,0;7;8;6;9;7,5\r\n"
                + "\"Sommeilles\";\"city\";\"55493\";;;;;;\"4,25\"\r\n";

        FragilityFile.Rows rows = read(text);

        assertThat(rows.rejected()).isEmpty();
        assertThat(rows.accepted()).containsExactly(
                new Fragility("55427", 2.0, 7.0, 8.0, 6.0, 9.0, 7.5),
                new Fragility("55493", null, null, null, null, null, 4.25));
    }

    @Test
    void missingIndicatorsAreKeptEmptyButAMissingTotalRejectsTheLine() {
        FragilityFile.Rows rows = read(HEADER + "\nRevigny,city,55427,,,,,,6\nSommeilles,city,55493,1,2,3,4,5,\n");

        assertThat(rows.accepted()).extracting(Fragility::communeCode).containsExactly("55427");
        assertThat(rows.rejected()).containsExactly(
                new RejectedLine(3, "total manquant : la note globale est obligatoire"));
    }

    @Test
    void everyInvalidLineIsReportedWithItsLineNumberAndTheValidOnesAreKept() {
        String text = HEADER + "\n"
                + "Revigny,city,55427,2,7,8,6,9,7.4\n"
                + "Nulle part,city,99999,2,7,8,6,9,7.4\n"
                + "Sommeilles,city,55493,2,7,8,6,abc,7.4\n"
                + "\n"
                + "Abainville,city,55001,0.5,7,8,6,9,11\n";

        FragilityFile.Rows rows = read(text);

        assertThat(rows.accepted()).extracting(Fragility::communeCode).containsExactly("55427");
        assertThat(rows.rejected()).extracting(RejectedLine::line).containsExactly(3, 4, 6);
        assertThat(rows.rejected().get(0).reason())
                .isEqualTo("commune inconnue : le code INSEE « 99999 » n'est pas dans le référentiel des communes");
        assertThat(rows.rejected().get(1).reason()).isEqualTo("nscol15p_rate : « abc » n'est pas un nombre");
        assertThat(rows.rejected().get(2).reason()).isEqualTo(
                "no_thd_coverage_rate : 0.5 hors de l'échelle de 1 à 10 ; total : 11 hors de l'échelle de 1 à 10");
    }

    @Test
    void everyCommuneLineIsNamedWithItsLineValidOrNotSoThatTheImporterTerritoryCanBeChecked() {
        String text = HEADER + "\n"
                + "Revigny,city,55427,2,7,8,6,9,7.4\n"
                + "Châlons,city,51108,2,7,8,6,9,7.4\n"
                + "CC du Pays de Revigny-sur-Ornain,epci,245501184,3,7,7,6,7,6.2\n"
                + "Sans code,city,,2,7,8,6,9,7.4\n"
                + "Sommeilles,city,55493,2,7,8,6,abc,7.4\n"
                + "Ambérieu,city,1004,2,7,8,6,9,7.4\n";

        FragilityFile.Rows rows = read(text);

        assertThat(rows.communes()).containsExactly(new FragilityFile.CommuneLine(2, "55427"),
                new FragilityFile.CommuneLine(3, "51108"), new FragilityFile.CommuneLine(6, "55493"),
                new FragilityFile.CommuneLine(7, "01004"));
    }

    @Test
    void notANumberAndInfinityAreNotNumbers() {
        FragilityFile.Rows rows = read(HEADER + "\nRevigny,city,55427,NaN,7,8,6,9,Infinity\n");

        assertThat(rows.accepted()).isEmpty();
        assertThat(rows.rejected().getFirst().reason()).contains("no_thd_coverage_rate : « NaN » n'est pas un nombre",
                "total : « Infinity » n'est pas un nombre");
    }

    @Test
    void aLineOfZerosIsACommuneWhoseIndexCouldNotBeComputed() {
        FragilityFile.Rows rows = read(HEADER + "\nBeaumont-en-Verdunois,city,55001,0.0,0.0,0.0,0.0,0.0,0.0\n"
                + "Revigny,city,55427,0,7,8,6,9,0\n");

        assertThat(rows.accepted()).containsExactly(Fragility.notComputed("55001"));
        assertThat(rows.accepted().getFirst().computed()).isFalse();
        assertThat(rows.rejected()).containsExactly(new RejectedLine(3,
                "no_thd_coverage_rate : 0 hors de l'échelle de 1 à 10 ; total : 0 hors de l'échelle de 1 à 10"));
    }

    @Test
    void theBoundsOfTheScaleAreAccepted() {
        FragilityFile.Rows rows = read(HEADER + "\nRevigny,city,55427,1,10,1.0,10.0,5,1\n");

        assertThat(rows.rejected()).isEmpty();
        assertThat(rows.accepted().getFirst().total()).isEqualTo(1.0);
    }

    @Test
    void linesOfAnotherDivisionThanCityAreRejectedWithAReason() {
        FragilityFile.Rows rows = read(HEADER
                + "\nCC du Pays de Revigny-sur-Ornain,epci,245501184,3.1,7.8,7.5,6.6,7.2,6.19\n");

        assertThat(rows.accepted()).isEmpty();
        assertThat(rows.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.line()).isEqualTo(2);
            assertThat(rejected.reason()).startsWith("division « epci » non importée").doesNotContain("inconnue");
        });
    }

    @Test
    void aCommuneTwiceKeepsItsFirstLine() {
        FragilityFile.Rows rows = read(HEADER + "\nRevigny,city,55427,2,7,8,6,9,7\nRevigny,city,55427,2,7,8,6,9,3\n");

        assertThat(rows.accepted()).extracting(Fragility::total).containsExactly(7.0);
        assertThat(rows.rejected()).containsExactly(
                new RejectedLine(3, "commune 55427 déjà présente ligne 2 du fichier"));
    }

    @Test
    void aCodeWhoseLeadingZeroASpreadsheetDroppedIsRestored() {
        FragilityFile.Rows rows = read(HEADER + "\nBelley,city,1053,2,7,8,6,9,7\n");

        assertThat(rows.accepted()).extracting(Fragility::communeCode).containsExactly("01053");
    }

    @Test
    void aLineWithTheWrongNumberOfColumnsIsRejectedButEmptyTrailingColumnsAreTolerated() {
        FragilityFile.Rows rows = read(HEADER + "\nRevigny,city,55427,2,7,8,6,9,7,,\nSommeilles,city,55493,2,7\n");

        assertThat(rows.accepted()).extracting(Fragility::communeCode).containsExactly("55427");
        assertThat(rows.rejected()).containsExactly(
                new RejectedLine(3, "9 colonnes attendues, 5 trouvées (séparateur « , »)"));
    }

    @Test
    void aWrongHeaderRejectsTheWholeFile() {
        assertThatThrownBy(() -> read("code_insee,nom,classe_ifn,libelle_classe\n55125,Contrisson,1,bleu\n"))
                .isInstanceOf(InvalidFragilityFileException.class)
                .hasMessageContaining("L'en-tête du fichier doit être exactement")
                .hasMessageContaining("code_insee,nom,classe_ifn,libelle_classe");
        assertThatThrownBy(() -> read(HEADER.replace(",total", "") + "\n"))
                .isInstanceOf(InvalidFragilityFileException.class);
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThatThrownBy(() -> read("")).isInstanceOf(InvalidFragilityFileException.class)
                .hasMessageStartingWith("Le fichier est vide");
        assertThatThrownBy(() -> read("\uFEFF\r\n")).isInstanceOf(InvalidFragilityFileException.class);
    }

    @Test
    void aHeaderOnlyFileImportsNothing() {
        FragilityFile.Rows rows = read(HEADER + "\r\n");

        assertThat(rows.accepted()).isEmpty();
        assertThat(rows.rejected()).isEmpty();
    }
}
