package fr.inclusion.orientation.referral.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReferralIdsTest {

    @Test
    void areVersion7UuidsCarryingTheirCreationTime() {
        Instant at = Instant.parse("2026-11-28T10:15:30.123Z");
        UUID id = UUID.fromString(ReferralIds.next(Clock.fixed(at, ZoneOffset.UTC)));

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
    }

    @Test
    void sortByCreationTimeAndNeverRepeat() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(ReferralIds.next(Clock.fixed(Instant.ofEpochMilli(1_764_000_000_000L + i), ZoneOffset.UTC)));
        }
        assertThat(ids).isSorted();
        assertThat(new HashSet<>(ids)).hasSize(1000);
        String sameMillisecond = ReferralIds.next(Clock.fixed(Instant.ofEpochMilli(1_764_000_000_000L), ZoneOffset.UTC));
        assertThat(sameMillisecond).isNotEqualTo(ids.get(0));
    }
}
