package fr.inclusion.orientation.venue.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpeningHoursTest {

    private static final OpeningHours STANDARD_EXAMPLE = OpeningHours.parse(
            "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00");

    /** Monday 6 July 2026 … Sunday 12 July 2026. */
    private static LocalDateTime july(int day, int hour, int minute) {
        return LocalDateTime.of(2026, 7, day, hour, minute);
    }

    @Test
    void theStandardsExampleIsOpenInItsHoursOnly() {
        assertThat(STANDARD_EXAMPLE.isOpenAt(july(6, 10, 0))).isTrue();
        assertThat(STANDARD_EXAMPLE.isOpenAt(july(6, 12, 30))).isFalse();
        assertThat(STANDARD_EXAMPLE.isOpenAt(july(6, 18, 29))).isTrue();
        assertThat(STANDARD_EXAMPLE.isOpenAt(july(6, 18, 30))).isFalse();
        assertThat(STANDARD_EXAMPLE.isOpenAt(july(11, 8, 30))).isTrue();
        assertThat(STANDARD_EXAMPLE.isOpenAt(july(12, 10, 0))).isFalse();
    }

    @Test
    void anInstantIsReadInParisTime() {
        // 08:00 UTC is 10:00 in Paris in summer (open), 09:00 in winter (open too); 07:00 UTC in winter is 08:00
        assertThat(STANDARD_EXAMPLE.isOpenAt(Instant.parse("2026-07-06T08:00:00Z"))).isTrue();
        assertThat(STANDARD_EXAMPLE.isOpenAt(Instant.parse("2026-07-06T06:30:00Z"))).isFalse();
        assertThat(STANDARD_EXAMPLE.isOpenAt(Instant.parse("2026-01-05T07:30:00Z"))).isFalse();
        assertThat(STANDARD_EXAMPLE.isOpenAt(Instant.parse("2026-01-05T08:00:00Z"))).isTrue();
    }

    @Test
    void theNextOpeningAfterFridayEveningIsSaturdayMorning() {
        assertThat(STANDARD_EXAMPLE.nextOpening(july(10, 19, 0))).contains(july(11, 8, 30));
    }

    @Test
    void theNextOpeningAfterSaturdayNoonIsMondayMorning() {
        assertThat(STANDARD_EXAMPLE.nextOpening(july(11, 12, 0))).contains(july(13, 9, 0));
    }

    @Test
    void theNextOpeningOfAnOpenVenueIsNow() {
        assertThat(STANDARD_EXAMPLE.nextOpening(july(6, 15, 17))).contains(july(6, 15, 17));
    }

    @Test
    void theNextOpeningOfAnInstantIsAParisTime() {
        ZonedDateTime next = STANDARD_EXAMPLE.nextOpening(Instant.parse("2026-07-10T17:00:00Z")).orElseThrow();

        assertThat(next.getZone()).isEqualTo(OpeningHours.ZONE);
        assertThat(next.toLocalDateTime()).isEqualTo(july(11, 8, 30));
        assertThat(next.toInstant()).isEqualTo(Instant.parse("2026-07-11T06:30:00Z"));
    }

    @Test
    void weekendAndEveningAreAnsweredFromTheWeek() {
        assertThat(STANDARD_EXAMPLE.opensOnSaturday()).isTrue();
        assertThat(STANDARD_EXAMPLE.opensOnSunday()).isFalse();
        assertThat(STANDARD_EXAMPLE.opensOnWeekend()).isTrue();
        assertThat(STANDARD_EXAMPLE.opensInEvening()).isTrue();

        OpeningHours weekdays = OpeningHours.parse("Mo-Fr 09:00-18:00");
        assertThat(weekdays.opensOnWeekend()).isFalse();
        assertThat(weekdays.opensInEvening()).as("closing at 18:00 is not an evening opening").isFalse();
        assertThat(OpeningHours.parse("Su 10:00-12:00").opensOnSunday()).isTrue();
        assertThat(OpeningHours.parse("Tu 17:00-19:00").opensInEvening()).isTrue();
    }

    @Test
    void aLaterRuleDecidesTheWholeDayItNames() {
        OpeningHours hours = OpeningHours.parse("Mo-Fr 09:00-18:00; We 10:00-12:00");

        assertThat(hours.isOpenAt(july(8, 11, 0))).isTrue();
        assertThat(hours.isOpenAt(july(8, 15, 0))).isFalse();
        assertThat(hours.isOpenAt(july(9, 15, 0))).isTrue();
    }

    @Test
    void anAdditiveOffRuleCutsOnlyItsHours() {
        OpeningHours hours = OpeningHours.parse("Mo-Fr 08:00-18:00, We 12:00-14:00 off");

        assertThat(hours.isOpenAt(july(8, 13, 0))).isFalse();
        assertThat(hours.isOpenAt(july(8, 15, 0))).isTrue();
    }

    @Test
    void publicHolidaysAreFrenchOnes() {
        OpeningHours hours = OpeningHours.parse("Mo-Fr 09:00-17:00; PH off");

        assertThat(hours.isOpenAt(july(14, 10, 0))).as("14 juillet").isFalse();
        assertThat(hours.isOpenAt(july(15, 10, 0))).isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(2026, 4, 6, 10, 0))).as("lundi de Pâques 2026").isFalse();
        assertThat(hours.isOpenAt(LocalDateTime.of(2026, 5, 14, 10, 0))).as("Ascension 2026").isFalse();
        assertThat(hours.nextOpening(july(13, 18, 0))).contains(july(15, 9, 0));
        assertThat(hours.opensOnWeekend()).isFalse();
    }

    @Test
    void hoursPastMidnightRunIntoTheNextDay() {
        OpeningHours hours = OpeningHours.parse("Fr 22:00-02:00");

        assertThat(hours.isOpenAt(july(10, 23, 0))).isTrue();
        assertThat(hours.isOpenAt(july(11, 1, 30))).isTrue();
        assertThat(hours.isOpenAt(july(11, 2, 0))).isFalse();
        assertThat(hours.opensInEvening()).isTrue();
    }

    @Test
    void seasonalHoursOpenOnlyInTheirMonths() {
        OpeningHours hours = OpeningHours.parse("Jul-Aug Sa 10:00-12:00");

        assertThat(hours.isOpenAt(july(11, 10, 30))).isTrue();
        assertThat(hours.isOpenAt(LocalDateTime.of(2026, 9, 12, 10, 30))).isFalse();
        LocalDateTime next = hours.nextOpening(LocalDateTime.of(2026, 9, 1, 0, 0)).orElseThrow();
        assertThat(next.getYear()).isEqualTo(2027);
        assertThat(next.getMonth()).isEqualTo(Month.JULY);
        assertThat(next.getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(next.getHour()).isEqualTo(10);
    }

    @Test
    void theNthWeekdayOfTheMonthIsThatOneOnly() {
        OpeningHours hours = OpeningHours.parse("Mo[1] 10:00-12:00");

        assertThat(hours.isOpenAt(july(6, 11, 0))).as("first Monday of July 2026").isTrue();
        assertThat(hours.isOpenAt(july(13, 11, 0))).isFalse();
        assertThat(hours.nextOpening(july(6, 12, 0))).contains(LocalDateTime.of(2026, 8, 3, 10, 0));
    }

    @Test
    void aCommentOnlyFallbackIsNotAnOpening() {
        OpeningHours hours = OpeningHours.parse("Mo 10:00-12:00 || \"sur rendez-vous\"");

        assertThat(hours.isOpenAt(july(6, 11, 0))).isTrue();
        assertThat(hours.isOpenAt(july(7, 11, 0))).isFalse();
    }

    @Test
    void alwaysAndNeverAreUnderstood() {
        assertThat(OpeningHours.parse("24/7").isOpenAt(july(12, 3, 0))).isTrue();
        OpeningHours off = OpeningHours.parse("off");
        assertThat(off.isOpenAt(july(6, 10, 0))).isFalse();
        assertThat(off.nextOpening(july(6, 10, 0))).isEmpty();
        assertThat(off.opensOnWeekend()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lundi 9h-12h", "Mo-Fr 9h-12h", "sur rendez-vous", "Mo 25:00-26:00", "Mo-Fr 09:00-"})
    void textOutsideTheOsmSyntaxIsRefusedInFrench(String text) {
        assertThatThrownBy(() -> OpeningHours.parse(text))
                .isInstanceOf(InvalidOpeningHoursException.class)
                .hasMessageContaining("horaires illisibles")
                .hasMessageContaining("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00");
        assertThat(OpeningHours.problem(text)).isPresent();
    }

    @Test
    void validHoursHaveNoProblem() {
        assertThat(OpeningHours.problem("Mo-Fr 09:00-12:00")).isEmpty();
    }

    @Test
    void unreadableHoursAreAViolationOfTheFieldHoraires() {
        List<Violation> violations = VenueRules.check("lieu-1", SampleVenues.valid().horaires("lundi 9h").build(),
                List.of());

        assertThat(violations).extracting(Violation::field).containsExactly("horaires");
        assertThat(violations.getFirst().message()).contains("horaires illisibles", "lundi 9h");
    }

    @Test
    void readableHoursBreakNoRule() {
        assertThat(VenueRules.check("lieu-1", SampleVenues.valid()
                .horaires("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00; PH off").build(), List.of())).isEmpty();
    }
}
