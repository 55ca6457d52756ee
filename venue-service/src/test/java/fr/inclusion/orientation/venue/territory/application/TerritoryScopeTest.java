package fr.inclusion.orientation.venue.territory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.territory.domain.Location;
import fr.inclusion.orientation.venue.territory.persistence.ReferenceCommunes;

/** The rule on the shipped reference data (Meuse); communes of other départements are absent from it. */
class TerritoryScopeTest {

    private static final TerritoryScope SCOPE =
            new TerritoryScope(ReferenceCommunes.bundled());

    private static Caller coordinator(String territory) {
        return new Caller("c", "coord", Set.of(Caller.COORDINATOR), List.of(), null, territory);
    }

    private static final Caller REVIGNY = coordinator("245501184");
    private static final Caller MEUSE = coordinator("55");
    private static final Caller ADMIN = new Caller("a", "admin", Set.of(Caller.ADMIN), List.of(), null, null);

    @Test
    void aReferenceCommuneIsInItsDepartementAndItsEpci() {
        assertThat(SCOPE.locate("55427", "55800")).isEqualTo(new Location("55", "245501184"));
        assertThat(SCOPE.locate("55029", null)).isEqualTo(new Location("55", "200033025"));
    }

    @Test
    void aCommuneOutsideTheReferenceDataHasItsDepartementButNoEpci() {
        assertThat(SCOPE.locate("51108", "51000")).isEqualTo(new Location("51", null));
        assertThat(SCOPE.locate("2B033", null)).isEqualTo(new Location("2B", null));
    }

    @Test
    void withoutInseeCodeThePostalCodeGivesTheDepartementExceptInCorsica() {
        assertThat(SCOPE.locate(null, "55800")).isEqualTo(new Location("55", null));
        assertThat(SCOPE.locate(" ", "20000")).isEqualTo(Location.UNKNOWN);
        assertThat(SCOPE.locate(null, null)).isEqualTo(Location.UNKNOWN);
    }

    @Test
    void anEpciCoordinatorCoversTheCommunesOfTheirEpciOnly() {
        assertThat(SCOPE.covers(REVIGNY, "55427", null)).isTrue();
        assertThat(SCOPE.covers(REVIGNY, "55493", null)).isTrue();
        assertThat(SCOPE.covers(REVIGNY, "55029", null)).as("Bar-le-Duc, another EPCI").isFalse();
        assertThat(SCOPE.covers(REVIGNY, "51108", null)).isFalse();
        assertThat(SCOPE.covers(REVIGNY, null, "55800")).as("no INSEE code: no EPCI known").isFalse();
    }

    @Test
    void aDepartementCoordinatorCoversTheirDepartementOnly() {
        assertThat(SCOPE.covers(MEUSE, "55029", null)).isTrue();
        assertThat(SCOPE.covers(MEUSE, null, "55000")).isTrue();
        assertThat(SCOPE.covers(MEUSE, "51108", null)).isFalse();
        assertThat(SCOPE.covers(coordinator("2A"), "2A004", null)).isTrue();
        assertThat(SCOPE.covers(coordinator("2A"), "2B033", null)).isFalse();
        assertThat(SCOPE.covers(coordinator("2A"), null, "20000")).as("20xxx is 2A or 2B").isFalse();
        assertThat(SCOPE.covers(coordinator("20"), "2A004", null)).isFalse();
    }

    @Test
    void adminsCoverEverythingAndOtherRolesOrACoordinatorWithoutTerritoryNothing() {
        assertThat(SCOPE.covers(ADMIN, "51108", null)).isTrue();
        assertThat(SCOPE.covers(ADMIN, Location.UNKNOWN)).isTrue();
        assertThat(SCOPE.covers(coordinator(null), "55427", null)).isFalse();
        assertThat(SCOPE.covers(new Caller("s", "staff", Set.of(Caller.VENUE_STAFF), List.of(), "v", "55"),
                "55427", null)).as("a territory claim without the coordinator role").isFalse();
    }

    @Test
    void messagesNameTheCommuneAndTheTerritoryInFrench() {
        assertThat(SCOPE.describeCommune("55029")).isEqualTo("55029 (Bar-le-Duc)");
        assertThat(SCOPE.describeCommune("51108")).isEqualTo("51108");
        assertThat(TerritoryScope.describeTerritory(REVIGNY)).isEqualTo("EPCI 245501184");
        assertThat(TerritoryScope.describeTerritory(MEUSE)).isEqualTo("département 55");
    }
}
