package fr.inclusion.orientation.venue.search.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void sommeillesIsAboutTenKilometresFromRevigny() {
        assertThat(SearchFixtures.SOMMEILLES_CENTROID.distanceKm(SearchFixtures.REVIGNY_CENTROID))
                .isCloseTo(9.9, within(0.2));
    }

    @Test
    void parisIsAboutFourHundredKilometresFromLyon() {
        GeoPoint paris = new GeoPoint(48.8566, 2.3522);
        GeoPoint lyon = new GeoPoint(45.7640, 4.8357);

        assertThat(paris.distanceKm(lyon)).isCloseTo(392, within(3.0));
        assertThat(lyon.distanceKm(paris)).isEqualTo(paris.distanceKm(lyon));
        assertThat(paris.distanceKm(paris)).isZero();
    }

    @Test
    void anOffsetPointIsAtTheGivenDistance() {
        GeoPoint moved = SearchFixtures.offset(SearchFixtures.SOMMEILLES_CENTROID, 7.5, 123);

        assertThat(SearchFixtures.SOMMEILLES_CENTROID.distanceKm(moved)).isCloseTo(7.5, within(0.001));
    }
}
