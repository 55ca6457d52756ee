package fr.inclusion.orientation.reference.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FrenchCalendarTest {

    private static final FrenchCalendar MEUSE = FrenchCalendar.of("55");

    @ParameterizedTest
    @CsvSource({
            "2024, 2024-03-31",
            "2025, 2025-04-20",
            "2026, 2026-04-05",
            "2027, 2027-03-28",
            "2038, 2038-04-25",
            "2285, 2285-03-22"})
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(FrenchCalendar.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void meuseHasTheElevenNationalHolidays() {
        assertThat(MEUSE.holidays(2026)).containsExactly(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 6),   // Lundi de Pâques
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 8),
                LocalDate.of(2026, 5, 14),  // Ascension
                LocalDate.of(2026, 5, 25),  // Lundi de Pentecôte
                LocalDate.of(2026, 7, 14),
                LocalDate.of(2026, 8, 15),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 11),
                LocalDate.of(2026, 12, 25));
    }

    @Test
    void movableHolidaysFollowEasterEachYear() {
        assertThat(MEUSE.holidays(2027)).contains(
                LocalDate.of(2027, 3, 29), LocalDate.of(2027, 5, 6), LocalDate.of(2027, 5, 17));
        assertThat(MEUSE.holidays(2024)).contains(
                LocalDate.of(2024, 4, 1), LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 20));
        assertThat(MEUSE.holidays(2024)).hasSize(11);
    }

    @ParameterizedTest
    @ValueSource(strings = {"57", "67", "68"})
    void alsaceMoselleAlsoHasGoodFridayAndSaintStephen(String departement) {
        FrenchCalendar calendar = FrenchCalendar.of(departement);

        assertThat(calendar.isHoliday(LocalDate.of(2026, 4, 3))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 12, 26))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2027, 3, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(calendar.holidays(2026)).hasSize(13);
    }

    @ParameterizedTest
    @ValueSource(strings = {"55", "54", "88", "2A", "2B", "75"})
    void elsewhereGoodFridayAndSaintStephenAreOrdinaryDays(String departement) {
        FrenchCalendar calendar = FrenchCalendar.of(departement);

        assertThat(calendar.isHoliday(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 4, 3))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2026, 12, 26))).isFalse();
        assertThat(calendar.holidays(2026)).hasSize(11);
    }

    @Test
    void overseasDepartementsAlsoHaveTheAbolitionOfSlavery() {
        assertThat(FrenchCalendar.of("974").isHoliday(LocalDate.of(2026, 12, 20))).isTrue();
        assertThat(FrenchCalendar.of("971").isHoliday(LocalDate.of(2026, 5, 27))).isTrue();
        assertThat(FrenchCalendar.of("972").isHoliday(LocalDate.of(2026, 5, 22))).isTrue();
        assertThat(FrenchCalendar.of("973").isHoliday(LocalDate.of(2026, 6, 10))).isTrue();
        assertThat(FrenchCalendar.of("976").isHoliday(LocalDate.of(2026, 4, 27))).isTrue();
        assertThat(MEUSE.isHoliday(LocalDate.of(2026, 12, 20))).isFalse();
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(MEUSE.isWorkingDay(LocalDate.of(2026, 12, 5))).isFalse();  // samedi
        assertThat(MEUSE.isWorkingDay(LocalDate.of(2026, 12, 6))).isFalse();  // dimanche
        assertThat(MEUSE.isWorkingDay(LocalDate.of(2026, 12, 7))).isTrue();   // lundi
    }

    @Test
    void workingDaysAreCountedAfterTheStartDaySkippingWeekendsAndHolidays() {
        assertThat(MEUSE.plusWorkingDays(LocalDate.of(2026, 4, 2), 1)).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(MEUSE.plusWorkingDays(LocalDate.of(2026, 4, 3), 1)).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(MEUSE.plusWorkingDays(LocalDate.of(2026, 5, 13), 1)).isEqualTo(LocalDate.of(2026, 5, 15));
        assertThat(MEUSE.plusWorkingDays(LocalDate.of(2026, 12, 5), 3)).isEqualTo(LocalDate.of(2026, 12, 9));
        assertThat(MEUSE.plusWorkingDays(LocalDate.of(2026, 12, 5), 0)).isEqualTo(LocalDate.of(2026, 12, 5));
        assertThat(FrenchCalendar.of("57").plusWorkingDays(LocalDate.of(2026, 4, 2), 1))
                .isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void negativeWorkingDaysAreRejected() {
        assertThatThrownBy(() -> MEUSE.plusWorkingDays(LocalDate.of(2026, 4, 2), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"20", "00", "96", "5", "555", "55427", "2C"})
    void unknownDepartementsAreRejected(String departement) {
        assertThatThrownBy(() -> FrenchCalendar.of(departement)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void departementCodeIsKeptInUpperCase() {
        assertThat(FrenchCalendar.of("2a").departement()).contains("2A");
    }

    @Test
    void theNationalCalendarHasTheElevenDaysEveryDepartementHas() {
        assertThat(FrenchCalendar.national().holidays(2026)).isEqualTo(MEUSE.holidays(2026));
        assertThat(FrenchCalendar.national().isHoliday(LocalDate.of(2026, 4, 3))).isFalse();
        assertThat(FrenchCalendar.national().departement()).isEmpty();
    }
}
