package fr.inclusion.orientation.web.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.web.coordinator.TerritoryMap.FragilityClass;
import fr.inclusion.orientation.web.coordinator.TerritoryMap.Ring;

/** The map's projection and path data, without a server. */
class TerritoryMapTest {

    static Ring ring(double... lonLat) {
        List<double[]> points = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < lonLat.length; i += 2) {
            points.add(new double[] {lonLat[i], lonLat[i + 1]});
        }
        return new Ring(points);
    }

    @Test
    void aSquareDegreeAtSixtyDegreesNorthIsDrawnHalfAsWideAsHigh() {
        Ring square = ring(0, 59.5, 1, 59.5, 1, 60.5, 0, 60.5, 0, 59.5);

        TerritoryMap map = TerritoryMap.fitting(List.of(square)).orElseThrow();

        // cos 60° = 0.5: 980 units across for half a degree's length, so one degree of latitude is 1960 units
        assertThat(map.viewBox()).isEqualTo("0 0 1000 1980");
        assertThat(map.path(List.of(square))).isEqualTo("M10 1970L990 1970L990 10L10 10Z");
    }

    @Test
    void holesAreFurtherRingsOfTheSamePathAndRepeatedPointsAreDrawnOnce() {
        Ring outer = ring(0, -1, 2, -1, 2, 1, 0, 1, 0, -1);
        Ring hole = ring(0.5, -0.5, 0.5, -0.5, 1, -0.5, 1, 0, 0.5, -0.5);

        TerritoryMap map = TerritoryMap.fitting(List.of(outer, hole)).orElseThrow();

        assertThat(map.path(List.of(outer, hole)))
                .isEqualTo("M10 990L990 990L990 10L10 10ZM255 745L500 745L500 500Z");
    }

    @Test
    void nothingToDrawGivesNoMap() {
        assertThat(TerritoryMap.fitting(List.of())).isEmpty();
    }

    @Test
    void aPointOutsideTheBoxIsNotOnTheMap() {
        TerritoryMap map = TerritoryMap.fitting(List.of(ring(5, 48, 6, 48, 6, 49, 5, 48))).orElseThrow();

        assertThat(map.contains(5.5, 48.5)).isTrue();
        assertThat(map.contains(2.35, 48.85)).isFalse();
    }

    @Test
    void fragilityClassesHaveTheirBoundsAtFourSixAndEight() {
        assertThat(FragilityClass.of(1.0)).isEqualTo(FragilityClass.LOW);
        assertThat(FragilityClass.of(3.99)).isEqualTo(FragilityClass.LOW);
        assertThat(FragilityClass.of(4.0)).isEqualTo(FragilityClass.MEDIUM);
        assertThat(FragilityClass.of(6.0)).isEqualTo(FragilityClass.HIGH);
        assertThat(FragilityClass.of(7.99)).isEqualTo(FragilityClass.HIGH);
        assertThat(FragilityClass.of(8.0)).isEqualTo(FragilityClass.VERY_HIGH);
        assertThat(FragilityClass.of(10.0)).isEqualTo(FragilityClass.VERY_HIGH);
        assertThat(FragilityClass.of(null)).isEqualTo(FragilityClass.UNKNOWN);
    }

    @Test
    void aBusStopIsPinnedAtTheMeanOfItsCommunesLargestRing() {
        double[] anchor = TerritoryMap.anchor(List.of(ring(0, 0, 1, 1), ring(0, 0, 2, 0, 2, 2, 0, 2)));

        assertThat(anchor).containsExactly(1.0, 1.0);
    }
}
