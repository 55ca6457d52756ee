package fr.inclusion.orientation.referral.flows.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Statistical secrecy (secret statistique): in a breakdown finer than the EPCI (by commune, by venue), a count from
 * 1 to 4 could point at a person, so it is shown as {@value #MASK} instead of its value; 0 and 5 or more are shown.
 * When a group's {@code sent} or {@code accepted} is hidden, its acceptance rate and delays are withheld too (the rate
 * would give the counts away, the delays are those of one to four people). Totals of the territory and breakdowns by EPCI, need, week or status are unchanged.
 */
public final class StatisticalSecrecy {

    /** What a hidden count shows, in JSON (a string where a number is expected) and in CSV. */
    public static final String MASK = "< 5";
    /** The smallest count shown as is (0 excepted). */
    public static final long THRESHOLD = 5;

    private StatisticalSecrecy() {
    }

    /** Whether groups of this breakdown are finer than the EPCI, so their counts are subject to secrecy. */
    public static boolean appliesTo(GroupBy groupBy) {
        return groupBy == GroupBy.COMMUNE || groupBy == GroupBy.VENUE;
    }

    public static boolean hidden(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** The count as shown: the number itself, or {@value #MASK}. */
    public static Object count(long count) {
        return hidden(count) ? MASK : count;
    }

    public static Map<String, Object> counts(Map<String, Long> counts) {
        Map<String, Object> shown = new LinkedHashMap<>();
        counts.forEach((key, value) -> shown.put(key, count(value)));
        return shown;
    }

    /** Whether the acceptance rate and delays of a group must be withheld. */
    public static boolean ratesHidden(FlowCounts c) {
        return hidden(c.sent()) || hidden(c.accepted());
    }

    /** Whether the group shows anything hidden. */
    public static boolean anyHidden(FlowCounts c) {
        return hidden(c.sent()) || hidden(c.accepted()) || hidden(c.declined()) || hidden(c.expired())
                || hidden(c.cancelled()) || hidden(c.closed()) || hidden(c.pending())
                || c.outcomes().values().stream().anyMatch(StatisticalSecrecy::hidden)
                || c.declinedReasons().values().stream().anyMatch(StatisticalSecrecy::hidden);
    }
}
