package fr.inclusion.orientation.venue.territory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class CommuneQueryTest {

    private static final Commune REVIGNY = new Commune("55427", "Revigny-sur-Ornain", List.of("55800"), 2499,
            "245501184", "CC du Pays de Revigny-sur-Ornain", 48.82688, 4.97707);
    private static final Commune SAINT_MIHIEL = new Commune("55463", "Saint-Mihiel", List.of("55300"), 4000,
            "245500327", "CC du Sammiellois", 48.89, 5.54);
    private static final Commune AJACCIO = new Commune("2A004", "Ajaccio", List.of("20000", "20090"), 70000,
            "200066793", "CA du Pays Ajaccien", 41.93, 8.74);

    private static OptionalInt rank(String departement, String text, Commune commune) {
        return new CommuneQuery(departement, text).rank(commune, SearchText.normalize(commune.nom()));
    }

    @Test
    void theNameMatchesByPrefixIgnoringCaseAndAccents() {
        assertThat(rank(null, "REVI", REVIGNY)).hasValue(CommuneQuery.PREFIX);
        assertThat(rank(null, "révîgny sur", REVIGNY)).hasValue(CommuneQuery.PREFIX);
    }

    @Test
    void theNameMatchesByAFragmentAfterThePrefixes() {
        assertThat(rank(null, "ornain", REVIGNY)).hasValue(CommuneQuery.CONTAINS);
        assertThat(rank(null, "mihiel", SAINT_MIHIEL)).hasValue(CommuneQuery.CONTAINS);
    }

    @Test
    void hyphensAndApostrophesAreSpaces() {
        assertThat(rank(null, "saint mihiel", SAINT_MIHIEL)).hasValue(CommuneQuery.PREFIX);
        assertThat(SearchText.normalize("L'Isle-en-Rigault")).isEqualTo("l isle en rigault");
        assertThat(SearchText.normalize("Œuilly")).isEqualTo("oeuilly");
    }

    @Test
    void aPostalCodeOrInseeCodePrefixMatches() {
        assertThat(rank(null, "558", REVIGNY)).hasValue(CommuneQuery.PREFIX);
        assertThat(rank(null, "55427", REVIGNY)).hasValue(CommuneQuery.PREFIX);
        assertThat(rank(null, "20090", AJACCIO)).hasValue(CommuneQuery.PREFIX);
        assertThat(rank(null, "2a0", AJACCIO)).hasValue(CommuneQuery.PREFIX);
        assertThat(rank(null, "57", REVIGNY)).isEmpty();
    }

    @Test
    void theDepartementFiltersFirst() {
        assertThat(rank("55", null, REVIGNY)).isPresent();
        assertThat(rank("2a", null, AJACCIO)).isPresent();
        assertThat(rank("54", "revi", REVIGNY)).isEmpty();
    }

    @Test
    void somethingElseDoesNotMatch() {
        assertThat(rank(null, "verdun", REVIGNY)).isEmpty();
        assertThat(rank(null, "--", REVIGNY)).isEmpty();
    }
}
