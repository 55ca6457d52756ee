package fr.inclusion.orientation.referral.flows.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Flows of a territory over a period, grouped by one dimension, with the totals. */
public record FlowReport(String territory, LocalDate from, LocalDate to, GroupBy groupBy, List<Group> groups,
        FlowCounts totals) {

    /** @param label a French label where the key is a code (statuses); null otherwise */
    public record Group(String key, String label, FlowCounts counts) {
    }

    public static FlowReport of(String territory, LocalDate from, LocalDate to, GroupBy groupBy,
            Collection<FlowFact> facts) {
        Map<String, List<FlowFact>> byKey = facts.stream()
                .collect(Collectors.groupingBy(groupBy::keyOf, TreeMap::new, Collectors.toList()));
        List<Group> groups = byKey.entrySet().stream()
                .map(e -> new Group(e.getKey(), labelOf(groupBy, e.getKey()), FlowCounts.of(e.getValue())))
                .toList();
        return new FlowReport(territory, from, to, groupBy, groups, FlowCounts.of(facts));
    }

    private static String labelOf(GroupBy groupBy, String key) {
        if (groupBy != GroupBy.STATUS) {
            return null;
        }
        for (FlowStatus status : FlowStatus.values()) {
            if (status.value().equals(key)) {
                return status.label();
            }
        }
        return null;
    }
}
