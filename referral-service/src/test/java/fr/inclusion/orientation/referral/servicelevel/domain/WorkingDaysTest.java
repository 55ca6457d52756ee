package fr.inclusion.orientation.referral.servicelevel.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private final WorkingDays calendar = new WorkingDays();

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDays.PARIS).toInstant();
    }

    @Test
    void christmasAndTheWeekendAreSkipped() {
        // Wednesday 23 December 2026: Thursday 24 counts, Friday 25 (Noël) and the weekend do not
        Instant due = calendar.dueAt(paris("2026-12-23T10:15"), 3);

        assertThat(due).isEqualTo(paris("2026-12-29T10:15"));
    }

    @Test
    void fridayBeforeChristmasWaitsUntilTheNextWeek() {
        // Friday 18 December 2026 + 3 working days = Mon 21, Tue 22, Wed 23
        assertThat(calendar.dueAt(paris("2026-12-18T16:00"), 3)).isEqualTo(paris("2026-12-23T16:00"));
        // Thursday 24 December 2026 + 3 = Mon 28, Tue 29, Wed 30
        assertThat(calendar.dueAt(paris("2026-12-24T09:00"), 3)).isEqualTo(paris("2026-12-30T09:00"));
    }

    @Test
    void easterMondayIsNotAWorkingDay() {
        // Thursday 2 April 2026: Friday 3 counts (Good Friday is not a holiday in Meuse), Monday 6 does not
        assertThat(calendar.dueAt(paris("2026-04-02T11:00"), 3)).isEqualTo(paris("2026-04-08T11:00"));
    }

    @Test
    void firstAndEighthOfMayAreSkipped() {
        // Thursday 30 April 2026: Fri 1 May and Fri 8 May are holidays → Mon 4, Tue 5, Wed 6
        assertThat(calendar.dueAt(paris("2026-04-30T14:00"), 3)).isEqualTo(paris("2026-05-06T14:00"));
        // Wednesday 6 May 2026: Thu 7 counts, Fri 8 does not, Mon 11, Tue 12
        assertThat(calendar.dueAt(paris("2026-05-06T14:00"), 3)).isEqualTo(paris("2026-05-12T14:00"));
    }

    @Test
    void aReferralSentOnSaturdayStartsCountingOnMonday() {
        assertThat(calendar.dueAt(paris("2026-11-28T10:00"), 3)).isEqualTo(paris("2026-12-02T10:00"));
    }

    @Test
    void theLocalTimeIsKeptAcrossTheChangeToSummerTime() {
        // Friday 27 March 2026, clocks go forward on Sunday 29: due Wednesday 1 April at the same local time
        assertThat(calendar.dueAt(paris("2026-03-27T09:30"), 3)).isEqualTo(paris("2026-04-01T09:30"));
    }

    @Test
    void halfTimeCountsWorkingHoursOnly() {
        // Wednesday 10:00 → Tuesday 10:00 is 72 working hours; half is 36 h later: Thursday 24 December 22:00
        assertThat(calendar.halfTime(paris("2026-12-23T10:00"), 3)).isEqualTo(paris("2026-12-24T22:00"));
        // Monday 10:00 → Thursday 10:00: plain half, Tuesday 22:00
        assertThat(calendar.halfTime(paris("2026-11-30T10:00"), 3)).isEqualTo(paris("2026-12-01T22:00"));
    }

    @Test
    void halfTimeOfAnEvenDelayFallsOnTheSameLocalTime() {
        assertThat(calendar.halfTime(paris("2026-11-30T10:00"), 4)).isEqualTo(paris("2026-12-02T10:00"));
    }
}
