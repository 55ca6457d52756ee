package fr.inclusion.orientation.referral.flows.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.inclusion.orientation.referral.flows.domain.FlowCounts;
import fr.inclusion.orientation.referral.flows.domain.FlowReport;
import fr.inclusion.orientation.referral.flows.domain.StatisticalSecrecy;

/**
 * {@code GET /api/flows}: counts only, no referral id and no identity. In a breakdown finer than the EPCI (commune,
 * venue) a count from 1 to 4 is the string {@code "< 5"}, the group then says {@code "secret": true}, and its rate and
 * delays are null when {@code sent} or {@code accepted} is hidden (see {@link StatisticalSecrecy}); {@code secrecy}
 * says whether the breakdown is subject to it. Totals are never hidden.
 */
record FlowView(String territory, LocalDate from, LocalDate to, String groupBy, boolean secrecy,
        List<GroupView> groups, CountsView totals) {

    /** Counts are numbers, or {@code "< 5"} under statistical secrecy. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GroupView(String key, String label, Object sent, Object accepted, Object declined, Object expired,
            Object cancelled, Object closed, Object pending, Double acceptanceRate, Double medianHoursToAccept,
            Double p90HoursToAccept, Map<String, Object> outcomes, Map<String, Object> declinedReasons,
            Boolean secret) {
    }

    record CountsView(long sent, long accepted, long declined, long expired, long cancelled, long closed,
            long pending, Double acceptanceRate, Double medianHoursToAccept, Double p90HoursToAccept,
            Map<String, Long> outcomes, Map<String, Long> declinedReasons) {
    }

    static FlowView of(FlowReport report) {
        boolean secrecy = StatisticalSecrecy.appliesTo(report.groupBy());
        return new FlowView(report.territory(), report.from(), report.to(), report.groupBy().value(), secrecy,
                report.groups().stream().map(g -> group(g.key(), g.label(), g.counts(), secrecy)).toList(),
                totals(report.totals()));
    }

    private static GroupView group(String key, String label, FlowCounts c, boolean secrecy) {
        if (!secrecy) {
            return new GroupView(key, label, c.sent(), c.accepted(), c.declined(), c.expired(), c.cancelled(),
                    c.closed(), c.pending(), c.acceptanceRate(), c.medianHoursToAccept(), c.p90HoursToAccept(),
                    new LinkedHashMap<>(c.outcomes()), new LinkedHashMap<>(c.declinedReasons()), null);
        }
        boolean ratesHidden = StatisticalSecrecy.ratesHidden(c);
        return new GroupView(key, label, StatisticalSecrecy.count(c.sent()), StatisticalSecrecy.count(c.accepted()),
                StatisticalSecrecy.count(c.declined()), StatisticalSecrecy.count(c.expired()),
                StatisticalSecrecy.count(c.cancelled()), StatisticalSecrecy.count(c.closed()),
                StatisticalSecrecy.count(c.pending()), ratesHidden ? null : c.acceptanceRate(),
                ratesHidden ? null : c.medianHoursToAccept(), ratesHidden ? null : c.p90HoursToAccept(),
                StatisticalSecrecy.counts(c.outcomes()), StatisticalSecrecy.counts(c.declinedReasons()),
                StatisticalSecrecy.anyHidden(c) ? Boolean.TRUE : null);
    }

    private static CountsView totals(FlowCounts c) {
        return new CountsView(c.sent(), c.accepted(), c.declined(), c.expired(), c.cancelled(), c.closed(),
                c.pending(), c.acceptanceRate(), c.medianHoursToAccept(), c.p90HoursToAccept(), c.outcomes(),
                c.declinedReasons());
    }
}
