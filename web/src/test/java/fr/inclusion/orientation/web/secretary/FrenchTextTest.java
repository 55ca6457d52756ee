package fr.inclusion.orientation.web.secretary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class FrenchTextTest {

    @Test
    void openingHoursReadAsFrenchLines() {
        assertThat(FrenchText.openingHours("Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00")).containsExactly(
                "Du lundi au vendredi : de 9 h à 12 h et de 13 h 30 à 17 h", "Le samedi : de 9 h à 12 h");
        assertThat(FrenchText.openingHours("Tu,Th 14:00-18:30; Su off")).containsExactly(
                "Le mardi et le jeudi : de 14 h à 18 h 30", "Le dimanche : fermé");
    }

    @Test
    void openingHoursItCannotReadAreKeptAsWritten() {
        assertThat(FrenchText.openingHours("Mo-Fr 09:00-17:00; PH off")).containsExactly("Mo-Fr 09:00-17:00; PH off");
        assertThat(FrenchText.openingHours(null)).isEmpty();
    }

    @Test
    void aNextOpeningAtTheMomentOfTheSearchMeansOpenNow() {
        Instant now = Instant.parse("2026-12-04T14:52:00Z");

        assertThat(FrenchText.isNow("2026-12-04T15:52:00+01:00", now)).isTrue();
        assertThat(FrenchText.isNow("2026-12-05T09:00:00+01:00", now)).isFalse();
        assertThat(FrenchText.moment("2026-12-05T09:00:00+01:00")).isEqualTo("samedi 5 décembre à 9 h");
        assertThat(FrenchText.moment("2026-12-07T09:30:00+01:00")).isEqualTo("lundi 7 décembre à 9 h 30");
    }

    @Test
    void distancesAreRoundedAsPeopleSayThem() {
        assertThat(FrenchText.distance(0.04)).isEqualTo("moins de 100 m");
        assertThat(FrenchText.distance(3.24)).isEqualTo("3,2 km");
        assertThat(FrenchText.distance(14.6)).isEqualTo("15 km");
    }

    @Test
    void theMapPutsTheCommuneInTheMiddleAndPlacesByBearingAndDistance() {
        // 0.1° of latitude north (11 km) and 0.1° of longitude east at 48.8° (7.3 km)
        ResultsMap map = ResultsMap.of("Revigny-sur-Ornain", 48.8, 4.98, List.of(
                new ResultsMap.Place(1, "Nord", 48.9, 4.98, false),
                new ResultsMap.Place(2, "Est", 48.8, 5.08, true),
                new ResultsMap.Place(3, "Sans coordonnées", null, null, false)));

        assertThat(map.points()).extracting(ResultsMap.Point::number).containsExactly(1, 2);
        ResultsMap.Point north = map.points().get(0);
        ResultsMap.Point east = map.points().get(1);
        assertThat(Double.parseDouble(north.x())).isZero();
        assertThat(Double.parseDouble(north.y())).isNegative();
        assertThat(Double.parseDouble(east.x())).isPositive();
        assertThat(Double.parseDouble(east.y())).isZero();
        // rings every 5 km up to 15 km: the farthest place (11 km) inside the outer ring
        assertThat(map.rings()).extracting(ResultsMap.Ring::label).containsExactly("5 km", "10 km", "15 km");
        assertThat(-Double.parseDouble(north.y())).isLessThan(Double.parseDouble(map.rings().getLast().r()));
        assertThat(map.missing()).isEqualTo(1);
    }
}
