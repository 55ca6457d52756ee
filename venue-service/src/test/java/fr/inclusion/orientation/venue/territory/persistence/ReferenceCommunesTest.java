package fr.inclusion.orientation.venue.territory.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import fr.inclusion.orientation.venue.territory.domain.Commune;

class ReferenceCommunesTest {

    private static final String HEADER = "code_insee,nom,codes_postaux,population,epci_siren,epci_nom,latitude,longitude\n";

    @TempDir
    Path dir;

    @Test
    void theShippedFileServesThe499CommunesOfMeuse() {
        ReferenceCommunes communes = new ReferenceCommunes("classpath*:territory/communes-*.csv");

        assertThat(communes.inTerritory("55")).hasSize(499);
        assertThat(communes.byCode("55427")).hasValueSatisfying(revigny -> {
            assertThat(revigny.nom()).isEqualTo("Revigny-sur-Ornain");
            assertThat(revigny.codesPostaux()).containsExactly("55800");
            assertThat(revigny.epciSiren()).isEqualTo("245501184");
        });
        // Douaumont-Vaux's two postal codes are joined with ';' in the source file
        assertThat(communes.byCode("55537")).hasValueSatisfying(
                douaumont -> assertThat(douaumont.codesPostaux()).containsExactly("55100", "55400"));
    }

    @Test
    void severalCommaSeparatedLocationsAreLoadedTogether() throws IOException {
        write("communes-2A.csv", HEADER
                + "2A004,Ajaccio,20000|20090,70000,999000001,\"CA synthétique, Corse\",41.93,8.74\n");

        ReferenceCommunes communes = new ReferenceCommunes(
                "classpath*:territory/communes-*.csv, file:" + dir + "/communes-*.csv");

        assertThat(communes.all()).hasSize(500);
        assertThat(communes.byCode("2A004")).hasValueSatisfying(ajaccio -> {
            assertThat(ajaccio.departement()).isEqualTo("2A");
            assertThat(ajaccio.codesPostaux()).containsExactly("20000", "20090");
            assertThat(ajaccio.epciNom()).isEqualTo("CA synthétique, Corse");
        });
    }

    @Test
    void aMalformedFileNamesTheFileTheLineAndTheColumn() throws IOException {
        write("communes-99.csv", HEADER + "99001,Une,99100,100,999000001,CC,45.0,5.0\n"
                + "99002,Deux,99100,beaucoup,999000001,CC,45.0,5.0\n");

        assertThatThrownBy(() -> new ReferenceCommunes("file:" + dir + "/communes-*.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("communes-99.csv")
                .hasMessageContaining("line 3, column population: 'beaucoup' is not a whole number");
    }

    @Test
    void aWrongHeaderOrAWrongNumberOfFieldsIsRefused() throws IOException {
        write("communes-98.csv", "code,nom\n98001,Une\n");
        write("communes-97.csv", HEADER + "97101,Une,97100,100,999000001,CC,45.0\n");

        assertThatThrownBy(() -> new ReferenceCommunes("file:" + dir + "/communes-98.csv"))
                .hasMessageContaining("communes-98.csv: expected the header code_insee,nom,codes_postaux");
        assertThatThrownBy(() -> new ReferenceCommunes("file:" + dir + "/communes-97.csv"))
                .hasMessageContaining("communes-97.csv line 2: 7 fields, expected 8");
    }

    @Test
    void invalidCodesAndCoordinatesAreRefused() throws IOException {
        write("communes-a.csv", HEADER + "5542,Revigny,55800,2499,245501184,CC,48.8,4.9\n");
        write("communes-b.csv", HEADER + "55427,Revigny,55800,2499,245501184,CC,148.8,4.9\n");

        assertThatThrownBy(() -> new ReferenceCommunes("file:" + dir + "/communes-a.csv"))
                .hasMessageContaining("column code_insee: '5542' is not a 5-character INSEE code");
        assertThatThrownBy(() -> new ReferenceCommunes("file:" + dir + "/communes-b.csv"))
                .hasMessageContaining("column latitude: 148.8 is not between -90.0 and 90.0");
    }

    @Test
    void aCommuneInTwoFilesIsRefused() throws IOException {
        write("communes-55.csv", HEADER + "55427,Revigny-sur-Ornain,55800,2499,245501184,CC,48.8,4.9\n");

        assertThatThrownBy(() -> new ReferenceCommunes(
                "classpath*:territory/communes-*.csv,file:" + dir + "/communes-*.csv"))
                .hasMessageContaining("Commune 55427 is in two reference files");
    }

    @Test
    void aLocationMatchingNoFileIsRefused() {
        assertThatThrownBy(() -> new ReferenceCommunes("file:" + dir + "/communes-*.csv"))
                .hasMessageContaining("No reference file matches file:" + dir);
    }

    @Test
    void theServiceDoesNotStartOnAMalformedFile() throws IOException {
        write("communes-99.csv", HEADER + "99001,Une,99100,100,999000001,CC,45.0,cinq\n");

        new ApplicationContextRunner()
                .withBean(ReferenceCommunes.class)
                .withPropertyValues("orientation.territory.communes=file:" + dir + "/communes-*.csv")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("communes-99.csv line 2, column longitude: 'cinq' is not a number");
                });
    }

    @Test
    void anEmptyEpciMeansACommuneWithoutEpci() throws IOException {
        write("communes-29.csv", HEADER + "29155,Ouessant,29242,850,,,48.46,-5.09\n");

        Commune ouessant = new ReferenceCommunes("file:" + dir + "/communes-29.csv").byCode("29155").orElseThrow();

        assertThat(ouessant.epciSiren()).isEmpty();
        assertThat(ouessant.belongsTo("29")).isTrue();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
