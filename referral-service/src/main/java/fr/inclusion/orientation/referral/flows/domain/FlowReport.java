package fr.inclusion.orientation.referral.flows.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Flows of a territory over a period, grouped by one dimension, with the totals. */
public record FlowReport(String territory, LocalDate from, LocalDate to, GroupBy groupBy, List<Group> groups,
        FlowCounts totals) {

    /** @param label a French label where the key is a code (statuses) or an id (venues, once named); else null */
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

    /** The same report, each group without a label named by {@code names} (by key) where it knows the key. */
    public FlowReport named(Function<String, Optional<String>> names) {
        List<Group> named = groups.stream().map(g -> g.label() != null ? g
                : new Group(g.key(), names.apply(g.key()).orElse(null), g.counts())).toList();
        return new FlowReport(territory, from, to, groupBy, named, totals);
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
