package fr.inclusion.orientation.referral.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommuneEpciTableTest {

    private final CommuneEpciTable table = new CommuneEpciTable();

    @Test
    void aMeuseCommuneIsInItsEpci() {
        assertThat(table.epciOf("55427")).as("Revigny-sur-Ornain").hasValue("245501184");
        assertThat(table.epciOf("55493")).as("Sommeilles").hasValue("245501184");
        assertThat(table.epciOf("55545")).as("Verdun, CA du Grand Verdun").hasValue("200049187");
    }

    @Test
    void aCommuneOutsideTheReferenceFilesHasNoEpci() {
        assertThat(table.epciOf("88160")).isEmpty();
        assertThat(table.epciOf(null)).isEmpty();
    }

    @Test
    void anEpciLiesInTheDepartementsOfItsCommunes() {
        assertThat(table.departementsOf("245501184")).containsExactly("55");
        assertThat(table.departementsOf("999999999")).isEmpty();
    }
}
