package fr.inclusion.orientation.referral.flows.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.referral.flows.domain.FlowFact;
import fr.inclusion.orientation.referral.flows.domain.FlowReport;
import fr.inclusion.orientation.referral.flows.domain.FlowStatus;
import fr.inclusion.orientation.referral.flows.domain.GroupBy;
import fr.inclusion.orientation.referral.flows.domain.StatisticalSecrecy;

class FlowCsvTest {

    private static final Instant T0 = Instant.parse("2026-02-10T08:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 2, 10);

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasArePrefixed() {
        assertThat(FlowCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(FlowCsv.cell("+33")).isEqualTo("'+33");
        assertThat(FlowCsv.cell("-1+2")).isEqualTo("'-1+2");
        assertThat(FlowCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FlowCsv.cell("\tx")).isEqualTo("'\tx");
        assertThat(FlowCsv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(FlowCsv.cell("< 5")).isEqualTo("< 5");
        assertThat(FlowCsv.cell("55427")).isEqualTo("55427");
        assertThat(FlowCsv.cell("")).isEmpty();
    }

    @Test
    void aVenueIdLookingLikeAFormulaIsDefusedInTheExport() {
        List<FlowFact> facts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            facts.add(fact("=cmd|' /C calc'!A0", i < 5 ? T0.plusSeconds(3600) : null));
        }
        String csv = FlowCsv.of(FlowReport.of("55", DAY, DAY, GroupBy.VENUE, facts));

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(1)).startsWith("'=cmd|' /C calc'!A0;;6;5;0;").contains(";0,833;1,0;1,0;");
        assertThat(csv).doesNotContain("\n=").doesNotContain(";=");
    }

    @Test
    void secrecyHidesSmallCountsOfFineBreakdownsButNotTheTotals() {
        List<FlowFact> facts = List.of(fact("v1", T0.plusSeconds(7200)), fact("v1", null), fact("v2", null));
        String byVenue = FlowCsv.of(FlowReport.of("55", DAY, DAY, GroupBy.VENUE, facts));
        List<String> lines = byVenue.lines().toList();
        assertThat(lines.get(1)).startsWith("v1;;< 5;< 5;0;0;0;0;< 5;;;;");
        assertThat(lines.get(3)).startsWith("total;;3;1;0;0;0;0;2;0,333;2,0;2,0;");

        String byNeed = FlowCsv.of(FlowReport.of("55", DAY, DAY, GroupBy.NEED, facts));
        assertThat(byNeed.lines().toList().get(1)).startsWith("n;;3;1;0;0;0;0;2;0,333;");
        assertThat(StatisticalSecrecy.appliesTo(GroupBy.COMMUNE)).isTrue();
        assertThat(StatisticalSecrecy.appliesTo(GroupBy.VENUE)).isTrue();
        assertThat(StatisticalSecrecy.appliesTo(GroupBy.EPCI)).isFalse();
        assertThat(StatisticalSecrecy.count(0)).isEqualTo(0L);
        assertThat(StatisticalSecrecy.count(4)).isEqualTo("< 5");
        assertThat(StatisticalSecrecy.count(5)).isEqualTo(5L);
    }

    private static FlowFact fact(String venue, Instant acceptedAt) {
        return new FlowFact("r", "55427", "245501184", "55", "n", venue, "2026-W07",
                acceptedAt == null ? FlowStatus.SENT : FlowStatus.ACCEPTED, T0, acceptedAt, null, null, null, null,
                null, null);
    }
}
