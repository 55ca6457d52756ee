package fr.inclusion.orientation.referral.flows.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of a set of referrals. {@code accepted} counts every referral the venue accepted, closed ones included;
 * {@code declined}, {@code expired}, {@code cancelled}, {@code closed} and {@code pending} count where they stand
 * now. {@code acceptanceRate} = accepted / sent (null when nothing was sent); times to accept, in hours with one
 * decimal, by the nearest-rank method over the accepted referrals (null when none).
 */
public record FlowCounts(long sent, long accepted, long declined, long expired, long cancelled, long closed,
        long pending, Double acceptanceRate, Double medianHoursToAccept, Double p90HoursToAccept,
        Map<String, Long> outcomes, Map<String, Long> declinedReasons) {

    /** The outcomes of DOMAIN.md, always listed so that a zero shows. */
    public static final List<String> OUTCOMES = List.of("resolved", "partly_resolved", "not_resolved", "no_show");
    /** The coded decline reasons of DOMAIN.md, always listed; an unknown code is counted under its own name. */
    public static final List<String> DECLINED_REASONS = List.of("injoignable", "non-eligible", "session-complete",
            "hors-competence", "mobilite", "doublon", "autre");

    public static FlowCounts of(Collection<FlowFact> facts) {
        long accepted = 0;
        long declined = 0;
        long expired = 0;
        long cancelled = 0;
        long closed = 0;
        long pending = 0;
        List<Long> secondsToAccept = new ArrayList<>();
        Map<String, Long> outcomes = zeros(OUTCOMES);
        Map<String, Long> reasons = zeros(DECLINED_REASONS);
        for (FlowFact fact : facts) {
            if (fact.everAccepted()) {
                accepted++;
                if (fact.sentAt() != null && !fact.acceptedAt().isBefore(fact.sentAt())) {
                    secondsToAccept.add(Duration.between(fact.sentAt(), fact.acceptedAt()).toSeconds());
                }
            }
            switch (fact.status()) {
                case DECLINED -> {
                    declined++;
                    reasons.merge(fact.declinedReason() == null ? "autre" : fact.declinedReason(), 1L, Long::sum);
                }
                case EXPIRED -> expired++;
                case CANCELLED -> cancelled++;
                case CLOSED -> {
                    closed++;
                    if (fact.outcome() != null) {
                        outcomes.merge(fact.outcome(), 1L, Long::sum);
                    }
                }
                case SENT -> pending++;
                case ACCEPTED -> { }
            }
        }
        long sent = facts.size();
        Double rate = sent == 0 ? null : round(accepted / (double) sent, 3);
        secondsToAccept.sort(null);
        return new FlowCounts(sent, accepted, declined, expired, cancelled, closed, pending, rate,
                hours(percentile(secondsToAccept, 50)), hours(percentile(secondsToAccept, 90)), outcomes, reasons);
    }

    /** Nearest rank: the smallest value such that at least p % of the values are at or below it. */
    static Long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static Double hours(Long seconds) {
        return seconds == null ? null : round(seconds / 3600.0, 1);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, 0L));
        return map;
    }
}
