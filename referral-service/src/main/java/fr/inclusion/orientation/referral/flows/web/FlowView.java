package fr.inclusion.orientation.referral.flows.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.inclusion.orientation.referral.flows.domain.FlowCounts;
import fr.inclusion.orientation.referral.flows.domain.FlowReport;

/** {@code GET /api/flows}: counts only, no referral id and no identity. */
record FlowView(String territory, LocalDate from, LocalDate to, String groupBy, List<GroupView> groups,
        CountsView totals) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GroupView(String key, String label, long sent, long accepted, long declined, long expired,
            long cancelled, long closed, long pending, Double acceptanceRate, Double medianHoursToAccept,
            Double p90HoursToAccept, Map<String, Long> outcomes, Map<String, Long> declinedReasons) {
    }

    record CountsView(long sent, long accepted, long declined, long expired, long cancelled, long closed,
            long pending, Double acceptanceRate, Double medianHoursToAccept, Double p90HoursToAccept,
            Map<String, Long> outcomes, Map<String, Long> declinedReasons) {
    }

    static FlowView of(FlowReport report) {
        return new FlowView(report.territory(), report.from(), report.to(), report.groupBy().value(),
                report.groups().stream().map(g -> group(g.key(), g.label(), g.counts())).toList(),
                totals(report.totals()));
    }

    private static GroupView group(String key, String label, FlowCounts c) {
        return new GroupView(key, label, c.sent(), c.accepted(), c.declined(), c.expired(), c.cancelled(),
                c.closed(), c.pending(), c.acceptanceRate(), c.medianHoursToAccept(), c.p90HoursToAccept(),
                c.outcomes(), c.declinedReasons());
    }

    private static CountsView totals(FlowCounts c) {
        return new CountsView(c.sent(), c.accepted(), c.declined(), c.expired(), c.cancelled(), c.closed(),
                c.pending(), c.acceptanceRate(), c.medianHoursToAccept(), c.p90HoursToAccept(), c.outcomes(),
                c.declinedReasons());
    }
}
