package fr.inclusion.orientation.venue.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;

class MobileStopTest {

    /** Tuesdays 14:00-16:00 at Sommeilles. */
    private static final MobileStop TUESDAY = new MobileStop("55493", 2, "14:00", "16:00", "place de la Mairie");

    @Test
    void theNextOccurrenceIsTheComingWeekday() {
        assertThat(TUESDAY.nextOccurrence(LocalDateTime.of(2026, 7, 6, 10, 0)))
                .isEqualTo(LocalDateTime.of(2026, 7, 7, 14, 0));
    }

    @Test
    void aStopGoingOnNowIsTheNextOccurrence() {
        assertThat(TUESDAY.nextOccurrence(LocalDateTime.of(2026, 7, 7, 15, 0)))
                .isEqualTo(LocalDateTime.of(2026, 7, 7, 14, 0));
    }

    @Test
    void onceTheStopIsOverTheNextOneIsAWeekLater() {
        assertThat(TUESDAY.nextOccurrence(LocalDateTime.of(2026, 7, 7, 16, 0)))
                .isEqualTo(LocalDateTime.of(2026, 7, 14, 14, 0));
        assertThat(TUESDAY.nextOccurrence(LocalDateTime.of(2026, 7, 8, 9, 0)))
                .isEqualTo(LocalDateTime.of(2026, 7, 14, 14, 0));
    }

    @Test
    void anInstantIsReadInParisTime() {
        // 2026-07-07T13:30Z is 15:30 in Paris: the stop is going on
        ZonedDateTime next = TUESDAY.nextOccurrence(Instant.parse("2026-07-07T13:30:00Z"));

        assertThat(next.getZone()).isEqualTo(OpeningHours.ZONE);
        assertThat(next.toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 7, 7, 14, 0));
        // 14:30Z is 16:30 in Paris: over
        assertThat(TUESDAY.nextOccurrence(Instant.parse("2026-07-07T14:30:00Z")).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2026, 7, 14, 14, 0));
    }
}
