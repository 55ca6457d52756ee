package fr.inclusion.orientation.venue.territory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RingSimplifierTest {

    @Test
    void positionsCloserThanTheToleranceToTheOutlineAreDropped() {
        List<double[]> ring = new ArrayList<>();
        for (int i = 0; i <= 100; i++) {
            ring.add(new double[] {5 + i * 0.001, 48 + (i % 2) * 0.0001});
        }
        ring.add(new double[] {5.1, 48.1});
        ring.add(new double[] {5, 48.1});
        ring.add(new double[] {5, 48});

        List<List<Double>> simplified = RingSimplifier.simplify(ring, RingSimplifier.TOLERANCE);

        assertThat(simplified).containsExactly(List.of(5.0, 48.0), List.of(5.1, 48.0), List.of(5.1, 48.1),
                List.of(5.0, 48.1), List.of(5.0, 48.0));
    }

    @Test
    void coordinatesAreRoundedToFourDecimals() {
        List<double[]> ring = List.of(new double[] {5.123456, 48.987654}, new double[] {5.2, 48.987654},
                new double[] {5.2, 49.1}, new double[] {5.123456, 48.987654});

        assertThat(RingSimplifier.simplify(ring, RingSimplifier.TOLERANCE).getFirst())
                .containsExactly(5.1235, 48.9877);
    }

    @Test
    void aTinyRingKeepsItsPositionsRatherThanVanish() {
        List<double[]> ring = List.of(new double[] {5, 48}, new double[] {5.0002, 48}, new double[] {5.0002, 48.0002},
                new double[] {5, 48});

        assertThat(RingSimplifier.simplify(ring, RingSimplifier.TOLERANCE)).hasSize(4);
    }
}
