package fr.inclusion.orientation.bench.search;

import java.util.Arrays;

/** Latencies in nanoseconds, summarised in milliseconds. */
record Percentiles(double p50Ms, double p99Ms, double maxMs, int samples) {

    static Percentiles of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(at(sorted, 0.50), at(sorted, 0.99), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double at(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    String format() {
        return String.format(java.util.Locale.ROOT, "p50 %.3f ms, p99 %.3f ms, max %.3f ms (%d searches)", p50Ms,
                p99Ms, maxMs, samples);
    }
}
