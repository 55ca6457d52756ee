package fr.inclusion.orientation.reference.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class DepartementFileTest {

    private static final String HEADER =
            "code_insee,nom,codes_postaux,population,epci_siren,epci_nom,latitude,longitude\n";

    @Test
    void readsACommuneWithAllItsFacts() {
        DepartementFile.Result result = DepartementFile.read(HEADER
                + "55029,Bar-le-Duc,55000,15294,200033025,CA de Bar-le-Duc - Sud Meuse,48.76419,5.16017\n"
                + "55999,Sans-EPCI,55100|55110,0,,,49.1,5.2\n");

        assertThat(result.rejected()).isEmpty();
        assertThat(result.departement().code()).isEqualTo("55");
        assertThat(result.departement().communes()).containsExactly(
                new Commune("55029", "Bar-le-Duc", List.of("55000"), 15294, "200033025",
                        "CA de Bar-le-Duc - Sud Meuse", 48.76419, 5.16017),
                new Commune("55999", "Sans-EPCI", List.of("55100", "55110"), 0, "", "", 49.1, 5.2));
    }

    @Test
    void aFrenchSpreadsheetWithBomSemicolonsQuotesAndDecimalCommas() {
        DepartementFile.Result result = DepartementFile.read("\uFEFF"
                + "code_insee;nom;codes_postaux;population;epci_siren;epci_nom;latitude;longitude\r\n"
                + "98501;\"Anse-aux-Lucioles; la Basse\";98510;1200;200099001;CC de l'Archipel Inventé;-12,5;"
                + "45,25\r\n");

        assertThat(result.rejected()).isEmpty();
        assertThat(result.departement().code()).isEqualTo("985");
        Commune commune = result.departement().communes().getFirst();
        assertThat(commune.name()).isEqualTo("Anse-aux-Lucioles; la Basse");
        assertThat(commune.latitude()).isEqualTo(-12.5);
        assertThat(commune.longitude()).isEqualTo(45.25);
    }

    @Test
    void badLinesAreRejectedWithTheirLineAndColumn() {
        DepartementFile.Result result = DepartementFile.read(HEADER
                + "55029,Bar-le-Duc,55000,15294,200033025,CA de Bar-le-Duc - Sud Meuse,48.76419,5.16017\n"
                + "5502,Trop-court,55000,1,,,48.1,5.1\n"
                + "55030,Sans-population,55000,beaucoup,,,48.1,5.1\n"
                + "55031,Trop-de-champs,55000,1,,,48.1,5.1,en trop\n"
                + "54001,Voisine,54000,1,,,48.1,5.1\n"
                + "55029,Bar-le-Duc encore,55000,1,,,48.1,5.1\n"
                + "55032,Perdue,55000,1,,,91,5.1\n");

        assertThat(result.departement().communes()).extracting(Commune::code).containsExactly("55029");
        assertThat(result.rejected()).containsExactly(
                new DepartementFile.Rejected(3, "code_insee",
                        "« 5502 » n'est pas un code INSEE de commune (5 caractères, par exemple 55427, 2A004 ou "
                                + "97411)"),
                new DepartementFile.Rejected(4, "population",
                        "« beaucoup » n'est pas une population (nombre entier positif ou nul)"),
                new DepartementFile.Rejected(5, null, "9 champs au lieu de 8"),
                new DepartementFile.Rejected(6, "code_insee",
                        "la commune 54001 est du département 54, le fichier du département 55"),
                new DepartementFile.Rejected(7, "code_insee", "la commune 55029 est déjà donnée ligne 2"),
                new DepartementFile.Rejected(8, "latitude",
                        "« 91 » n'est pas une latitude (nombre décimal entre -90 et 90)"));
    }

    @Test
    void anUnreadableFileNamesItsLine() {
        assertThatThrownBy(() -> DepartementFile.read(HEADER + "55029,\"Bar-le-Duc,55000,1,,,48.1,5.1\n"))
                .isInstanceOfSatisfying(InvalidDepartementFileException.class, e -> assertThat(e.line()).isEqualTo(2))
                .hasMessageStartingWith("Fichier illisible, ligne 2 : ");
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatThrownBy(() -> DepartementFile.read("code_insee,nom,codes_postaux,population\n55029,B,55000,1\n"))
                .isInstanceOf(InvalidDepartementFileException.class)
                .hasMessage("ligne 1 : colonnes manquantes : epci_siren, epci_nom, latitude, longitude (en-tête "
                        + "attendu : code_insee,nom,codes_postaux,population,epci_siren,epci_nom,latitude,longitude).");
    }

    @Test
    void aFileWithoutAnyValidCommuneIsRefused() {
        assertThatThrownBy(() -> DepartementFile.read(HEADER + "x,B,55000,1,,,48.1,5.1\n"))
                .isInstanceOf(InvalidDepartementFileException.class)
                .hasMessage("Aucune commune valide dans le fichier (1 ligne rejetée, par exemple ligne 2 : « x » "
                        + "n'est pas un code INSEE de commune (5 caractères, par exemple 55427, 2A004 ou 97411)).");
    }

    @Test
    void theShippedMeuseFileHasItsCommunes() {
        List<Departement> bundled = DepartementFile.bundled();

        assertThat(bundled).extracting(Departement::code).containsExactly("55");
        List<Commune> meuse = bundled.getFirst().communes();
        assertThat(meuse).hasSize(499);
        assertThat(meuse.getFirst()).isEqualTo(new Commune("55001", "Abainville", List.of("55130"), 280,
                "200066108", "CC des Portes de Meuse", 48.53267, 5.51481));
    }
}
