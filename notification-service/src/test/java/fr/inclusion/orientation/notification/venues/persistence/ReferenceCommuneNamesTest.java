package fr.inclusion.orientation.notification.venues.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.reference.territory.Commune;
import fr.inclusion.orientation.reference.territory.Departement;

class ReferenceCommuneNamesTest {

    @Test
    void theShippedMeuseCommunesHaveTheirNames() {
        ReferenceCommuneNames names = new ReferenceCommuneNames();

        assertThat(names.nameOf("55427")).hasValue("Revigny-sur-Ornain");
        assertThat(names.size()).isEqualTo(499);
        assertThat(names.nameOf("98501")).isEmpty();
        assertThat(names.nameOf(null)).isEmpty();
    }

    @Test
    void anImportedDepartementReplacesTheNamesKnownForIt() {
        ReferenceCommuneNames names = new ReferenceCommuneNames();

        names.use(new Departement("985", List.of(commune("98501", "Anse-aux-Lucioles"),
                commune("98502", "Port-Fictif"))));
        names.use(new Departement("985", List.of(commune("98501", "Anse-aux-Lucioles-la-Neuve"))));

        assertThat(names.nameOf("98501")).hasValue("Anse-aux-Lucioles-la-Neuve");
        assertThat(names.nameOf("98502")).isEmpty();
        assertThat(names.nameOf("55427")).hasValue("Revigny-sur-Ornain");
    }

    private static Commune commune(String code, String name) {
        return new Commune(code, name, List.of("98510"), 100, "", "", -12.5, 45.25);
    }
}
