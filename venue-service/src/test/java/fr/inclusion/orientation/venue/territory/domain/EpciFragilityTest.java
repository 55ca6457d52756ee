package fr.inclusion.orientation.venue.territory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EpciFragilityTest {

    private static Commune commune(String code, long population) {
        return new Commune(code, "Commune " + code, List.of("55800"), population, "245501184", "CC", 48.8, 4.9);
    }

    private static Fragility total(String code, double total) {
        return new Fragility(code, null, null, null, null, null, total);
    }

    @Test
    void theTotalIsThePopulationWeightedMeanOfTheIndexedCommunes() {
        List<Commune> communes = List.of(commune("55427", 3000), commune("55493", 1000), commune("55001", 500));

        EpciFragility fragility = EpciFragility.of(communes,
                Map.of("55427", total("55427", 8), "55493", total("55493", 4))).orElseThrow();

        assertThat(fragility.total()).isCloseTo((8.0 * 3000 + 4.0 * 1000) / 4000, within(1e-9));
        assertThat(fragility.communes()).isEqualTo(2);
    }

    @Test
    void communesWhoseIndexCouldNotBeComputedAreLeftOut() {
        List<Commune> communes = List.of(commune("55427", 3000), commune("55039", 0));

        EpciFragility fragility = EpciFragility.of(communes,
                Map.of("55427", total("55427", 8), "55039", Fragility.notComputed("55039"))).orElseThrow();

        assertThat(fragility.total()).isEqualTo(8.0);
        assertThat(fragility.communes()).isEqualTo(1);
    }

    @Test
    void withoutAnyIndexThereIsNoFragility() {
        assertThat(EpciFragility.of(List.of(commune("55427", 3000)), Map.of())).isEmpty();
    }

    @Test
    void communesWithoutInhabitantsCountEquallyWhenAllAreEmpty() {
        List<Commune> communes = List.of(commune("55039", 0), commune("55050", 0));

        EpciFragility fragility = EpciFragility.of(communes,
                Map.of("55039", total("55039", 2), "55050", total("55050", 6))).orElseThrow();

        assertThat(fragility.total()).isEqualTo(4.0);
    }
}
