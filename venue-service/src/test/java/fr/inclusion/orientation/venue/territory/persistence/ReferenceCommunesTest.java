package fr.inclusion.orientation.venue.territory.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.Mockito;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

import fr.inclusion.orientation.reference.territory.Departement;
import fr.inclusion.orientation.venue.territory.domain.Commune;

class ReferenceCommunesTest {

    private static final String HEADER = "code_insee,nom,codes_postaux,population,epci_siren,epci_nom,latitude,longitude\n";

    @TempDir
    Path dir;

    @Test
    void theShippedFileServesThe499CommunesOfMeuse() {
        ReferenceCommunes communes = ReferenceCommunes.bundled();

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
                " , file:" + dir + "/communes-*.csv");

        assertThat(communes.all()).hasSize(500);
        assertThat(communes.byCode("2A004")).hasValueSatisfying(ajaccio -> {
            assertThat(ajaccio.departement()).isEqualTo("2A");
            assertThat(ajaccio.codesPostaux()).containsExactly("20000", "20090");
            assertThat(ajaccio.epciNom()).isEqualTo("CA synthétique, Corse");
        });
    }

    @Test
    void aMalformedFileNamesTheFileTheLineAndTheColumn() throws IOException {
        write("communes-88.csv", HEADER + "88001,Une,88100,100,999000001,CC,45.0,5.0\n"
                + "88002,Deux,88100,beaucoup,999000001,CC,45.0,5.0\n");

        assertThatThrownBy(() -> new ReferenceCommunes("file:" + dir + "/communes-*.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("communes-88.csv")
                .hasMessageContaining("line 3, column population: « beaucoup » n'est pas une population "
                        + "(nombre entier positif ou nul)");
    }

    @Test
    void aWrongHeaderOrAWrongNumberOfFieldsIsRefused() throws IOException {
        write("communes-98.csv", "code,nom\n98001,Une\n");
        write("communes-97.csv", HEADER + "97102,Deux,97100,100,,,45.0,5.0\n"
                + "97101,Une,97100,100,999000001,CC,45.0\n");

        assertThatThrownBy(() -> new ReferenceCommunes("file:" + dir + "/communes-98.csv"))
                .hasMessageContaining("communes-98.csv: ligne 1 : colonnes manquantes : code_insee, codes_postaux");
        assertThatThrownBy(() -> new ReferenceCommunes("file:" + dir + "/communes-97.csv"))
                .hasMessageContaining("communes-97.csv line 3, column null: 7 champs au lieu de 8");
    }

    @Test
    void invalidCodesAndCoordinatesAreRefused() throws IOException {
        write("communes-a.csv", HEADER + "88001,Une,88100,100,,,45.0,5.0\n"
                + "5542,Revigny,55800,2499,245501184,CC,48.8,4.9\n");
        write("communes-b.csv", HEADER + "88001,Une,88100,100,,,45.0,5.0\n"
                + "88427,Revigny,55800,2499,245501184,CC,148.8,4.9\n");

        assertThatThrownBy(() -> new ReferenceCommunes("file:" + dir + "/communes-a.csv"))
                .hasMessageContaining("line 3, column code_insee: « 5542 » n'est pas un code INSEE de commune");
        assertThatThrownBy(() -> new ReferenceCommunes("file:" + dir + "/communes-b.csv"))
                .hasMessageContaining("line 3, column latitude: « 148.8 » n'est pas une latitude");
    }

    @Test
    void aCommuneInTwoFilesIsRefused() throws IOException {
        write("communes-55.csv", HEADER + "55427,Revigny-sur-Ornain,55800,2499,245501184,CC,48.8,4.9\n");

        assertThatThrownBy(() -> new ReferenceCommunes(
                "file:" + dir + "/communes-*.csv"))
                .hasMessageContaining("Commune 55427 is in two reference files: reference 55.csv and file:" + dir);
    }

    @Test
    void aLocationMatchingNoFileAddsNothing() {
        assertThat(new ReferenceCommunes("file:" + dir + "/communes-*.csv").all()).hasSize(499);
    }

    @Test
    void anImportedDepartementReplacesTheCommunesKnownForIt() {
        ReferenceCommunes communes = ReferenceCommunes.bundled();
        List<Commune> before = communes.all();

        communes.use(new Departement("985", List.of(new fr.inclusion.orientation.reference.territory.Commune(
                "98501", "Anse-aux-Lucioles", List.of("98510"), 1200, "200099001", "CC de l'Archipel Inventé",
                -12.5, 45.25))));

        assertThat(communes.all()).isNotSameAs(before).hasSize(500);
        assertThat(communes.inTerritory("985")).extracting(Commune::nom).containsExactly("Anse-aux-Lucioles");
        assertThat(communes.all()).isSameAs(communes.all());
    }

    @Test
    void theServiceDoesNotStartOnAMalformedFile() throws IOException {
        write("communes-88.csv", HEADER + "88001,Une,88100,100,999000001,CC,45.0,5.0\n"
                + "88002,Deux,88100,100,999000001,CC,45.0,cinq\n");

        new ApplicationContextRunner()
                .withBean(MongoTemplate.class, () -> Mockito.mock(MongoTemplate.class))
                .withBean(ReferenceCommunes.class)
                .withPropertyValues("orientation.territory.communes=file:" + dir + "/communes-*.csv")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(context.getStartupFailure()).rootCause()
                            .hasMessageContaining("communes-88.csv line 3, column longitude: « cinq » n'est pas une "
                                    + "longitude");
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
