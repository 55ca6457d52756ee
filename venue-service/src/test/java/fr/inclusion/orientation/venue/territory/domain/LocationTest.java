package fr.inclusion.orientation.venue.territory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LocationTest {

    private static final Location REVIGNY = new Location("55", "245501184");

    @Test
    void aPlaceIsInTheTerritoryOfItsDepartementAndOfItsEpciOnly() {
        assertThat(REVIGNY.isCoveredBy("55")).isTrue();
        assertThat(REVIGNY.isCoveredBy("245501184")).isTrue();
        assertThat(REVIGNY.isCoveredBy("245501242")).as("another EPCI of Meuse").isFalse();
        assertThat(REVIGNY.isCoveredBy("54")).isFalse();
        assertThat(REVIGNY.isCoveredBy(null)).isFalse();
        assertThat(REVIGNY.isCoveredBy(" ")).isFalse();
    }

    @Test
    void anUnknownPlaceOrAnUnknownEpciIsCoveredByNoBlankTerritory() {
        assertThat(Location.UNKNOWN.isCoveredBy("55")).isFalse();
        assertThat(Location.UNKNOWN.isCoveredBy("")).isFalse();
        assertThat(new Location("55", "").isCoveredBy("")).as("a commune without EPCI").isFalse();
        assertThat(new Location("55", "").epciSiren()).isNull();
    }

    @Test
    void corsicanPostalCodesDoNotTellTheDepartement() {
        assertThat(Location.departementOfPostalCode("55800")).isEqualTo("55");
        assertThat(Location.departementOfPostalCode("97400")).isEqualTo("974");
        assertThat(Location.departementOfPostalCode("20000")).as("2A or 2B").isNull();
        assertThat(Location.departementOfPostalCode("20200")).isNull();
        assertThat(Location.departementOfPostalCode(null)).isNull();
    }

    @Test
    void aCommuneIsWhereItsCodeAndItsEpciSay() {
        Commune ajaccio = new Commune("2A004", "Ajaccio", List.of("20000"), 72000, "200066918",
                "CA du Pays Ajaccien", 41.93, 8.74);

        assertThat(ajaccio.departement()).isEqualTo("2A");
        assertThat(ajaccio.location()).isEqualTo(new Location("2A", "200066918"));
        assertThat(ajaccio.belongsTo("2A")).isTrue();
        assertThat(ajaccio.belongsTo("20")).isFalse();
        assertThat(ajaccio.belongsTo("200066918")).isTrue();
    }
}
