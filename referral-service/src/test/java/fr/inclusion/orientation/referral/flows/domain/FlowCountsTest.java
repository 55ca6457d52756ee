package fr.inclusion.orientation.referral.flows.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class FlowCountsTest {

    private static final Instant T0 = Instant.parse("2026-02-10T08:00:00Z");

    @Test
    void statusFollowsTheDatesWhateverOrderTheyArrivedIn() {
        assertThat(FlowFact.statusOf(null, null, null, null, null)).isEqualTo(FlowStatus.SENT);
        assertThat(FlowFact.statusOf(T0, null, null, null, null)).isEqualTo(FlowStatus.ACCEPTED);
        assertThat(FlowFact.statusOf(T0, null, null, null, T0)).isEqualTo(FlowStatus.CLOSED);
        assertThat(FlowFact.statusOf(T0, null, null, T0, null)).isEqualTo(FlowStatus.CANCELLED);
        assertThat(FlowFact.statusOf(null, T0, null, null, null)).isEqualTo(FlowStatus.DECLINED);
        assertThat(FlowFact.statusOf(null, null, T0, null, null)).isEqualTo(FlowStatus.EXPIRED);
    }

    @Test
    void medianAndP90UseTheNearestRankOverAcceptedReferralsOnly() {
        List<FlowFact> facts = new ArrayList<>();
        for (int hours = 1; hours <= 10; hours++) {
            facts.add(accepted(hours));
        }
        facts.add(fact(FlowStatus.DECLINED, null, null, "mobilite"));
        facts.add(fact(FlowStatus.SENT, null, null, null));

        FlowCounts counts = FlowCounts.of(facts);

        assertThat(counts.sent()).isEqualTo(12);
        assertThat(counts.accepted()).isEqualTo(10);
        assertThat(counts.pending()).isEqualTo(1);
        assertThat(counts.acceptanceRate()).isEqualTo(0.833);
        assertThat(counts.medianHoursToAccept()).isEqualTo(5.0);
        assertThat(counts.p90HoursToAccept()).isEqualTo(9.0);
        assertThat(counts.declinedReasons()).containsEntry("mobilite", 1L).containsEntry("doublon", 0L);
    }

    @Test
    void closedReferralsCountAsAcceptedAndByOutcome() {
        FlowFact closed = new FlowFact("r", "55427", "245501184", "55", "n", "v", "2026-W07", FlowStatus.CLOSED, T0,
                T0.plus(Duration.ofMinutes(90)), null, null, null, T0.plusSeconds(86_400), "no_show", null);

        FlowCounts counts = FlowCounts.of(List.of(closed));

        assertThat(counts.accepted()).isEqualTo(1);
        assertThat(counts.closed()).isEqualTo(1);
        assertThat(counts.outcomes()).containsEntry("no_show", 1L).containsEntry("resolved", 0L);
        assertThat(counts.medianHoursToAccept()).isEqualTo(1.5);
    }

    @Test
    void nothingSentGivesNoRateAndNoDelays() {
        FlowCounts counts = FlowCounts.of(List.of());

        assertThat(counts.sent()).isZero();
        assertThat(counts.acceptanceRate()).isNull();
        assertThat(counts.medianHoursToAccept()).isNull();
        assertThat(counts.p90HoursToAccept()).isNull();
    }

    @Test
    void aTerritoryIsADepartementCodeOrAnEpciSiren() {
        assertThat(CoordinatorTerritory.parse("245501184")).hasValueSatisfying(
                t -> assertThat(t.kind()).isEqualTo(CoordinatorTerritory.Kind.EPCI));
        assertThat(CoordinatorTerritory.parse("55")).hasValueSatisfying(
                t -> assertThat(t.kind()).isEqualTo(CoordinatorTerritory.Kind.DEPARTEMENT));
        assertThat(CoordinatorTerritory.parse("Meuse")).isEmpty();
        assertThat(CoordinatorTerritory.parse("00")).isEmpty();
    }

    private static FlowFact accepted(int hours) {
        return fact(FlowStatus.ACCEPTED, T0.plus(Duration.ofHours(hours)), null, null);
    }

    private static FlowFact fact(FlowStatus status, Instant acceptedAt, String outcome, String reason) {
        return new FlowFact("r", "55427", "245501184", "55", "n", "v", "2026-W07", status, T0, acceptedAt,
                status == FlowStatus.DECLINED ? T0 : null, null, null, null, outcome, reason);
    }
}
