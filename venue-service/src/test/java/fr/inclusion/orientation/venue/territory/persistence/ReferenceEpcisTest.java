package fr.inclusion.orientation.venue.territory.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import fr.inclusion.orientation.venue.territory.domain.Epci;

class ReferenceEpcisTest {

    private static final ReferenceCommunes MEUSE = ReferenceCommunes.bundled();

    @TempDir
    Path dir;

    @Test
    void meuseCounts15EpciAndTheOneAcrossTheBorderIsCountedInMeurtheEtMoselle() {
        ReferenceEpcis epcis = new ReferenceEpcis(MEUSE, "classpath*:territory/epci-*.csv");

        assertThat(epcis.all()).hasSize(16);
        assertThat(epcis.inDepartement("55")).hasSize(15);
        assertThat(epcis.bySiren("200070290")).hasValue(
                new Epci("200070290", "CC Coeur du Pays Haut", "54", 25, 23518));
        assertThat(epcis.bySiren("245501184")).hasValue(
                new Epci("245501184", "CC du Pays de Revigny-sur-Ornain", "55", 16, 6689));
    }

    @Test
    void withoutFactsAnEpciIsDescribedFromTheCommunesLoaded() {
        ReferenceEpcis epcis = new ReferenceEpcis(MEUSE, "file:" + dir + "/epci-*.csv");

        assertThat(epcis.bySiren("200070290")).hasValue(
                new Epci("200070290", "CC Coeur du Pays Haut", "55", 1, 2507));
        assertThat(epcis.bySiren("245501184")).hasValue(
                new Epci("245501184", "CC du Pays de Revigny-sur-Ornain", "55", 16, 6689));
    }

    @Test
    void aMalformedFactsFileIsRefused() throws IOException {
        Files.writeString(dir.resolve("epci-55.csv"), String.join(",", ReferenceEpcis.HEADER)
                + "\n245501184,CC du Pays de Revigny-sur-Ornain,Meuse,16,6689\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new ReferenceEpcis(MEUSE, "file:" + dir + "/epci-*.csv"))
                .hasMessageContaining("epci-55.csv] line 2: expected epci_siren,epci_nom,departement,communes,population "
                        + "(SIREN of 9 digits, a name, a département code, whole numbers) but found 245501184,CC du "
                        + "Pays de Revigny-sur-Ornain,Meuse,16,6689");
    }
}
