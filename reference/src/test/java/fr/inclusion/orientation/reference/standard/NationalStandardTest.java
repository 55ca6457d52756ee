package fr.inclusion.orientation.reference.standard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NationalStandardTest {

    @Test
    void theServicesAreTheNineOfTheStandardInItsOrder() {
        assertThat(NationalStandard.SERVICES).containsExactly(
                "Acquisition de matériel informatique à prix solidaire",
                "Aide aux démarches administratives",
                "Maîtrise des outils numériques du quotidien",
                "Insertion professionnelle via le numérique",
                "Utilisation sécurisée du numérique",
                "Parentalité et éducation avec le numérique",
                "Loisirs et créations numériques",
                "Compréhension du monde numérique",
                "Accès internet et matériel informatique");
    }

    @Test
    void aServiceIsTheExactString() {
        assertThat(NationalStandard.isService("Aide aux démarches administratives")).isTrue();
        assertThat(NationalStandard.isService("aide aux démarches administratives")).isFalse();
        assertThat(NationalStandard.isService(" Aide aux démarches administratives")).isFalse();
        assertThat(NationalStandard.isService(null)).isFalse();
    }
}
