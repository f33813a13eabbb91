package org.madang.journal.diagnostics;

import java.time.Duration;
import java.util.Arrays;

/**
 * Latency percentiles and throughput of a timed run.
 *
 * @param samples how many operations were timed
 * @param p50 median latency
 * @param p99 99th-percentile latency
 * @param max slowest operation
 * @param perSecond operations per second over the whole run
 */
public record LatencySummary(int samples, Duration p50, Duration p99, Duration max, double perSecond) {

    /** Summarises per-operation latencies (nanoseconds) measured over {@code elapsedNanos}. */
    public static LatencySummary of(long[] latencyNanos, long elapsedNanos) {
        if (latencyNanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new LatencySummary(sorted.length, Duration.ofNanos(percentile(sorted, 50)),
                Duration.ofNanos(percentile(sorted, 99)), Duration.ofNanos(sorted[sorted.length - 1]),
                sorted.length * 1e9 / Math.max(1, elapsedNanos));
    }

    // Nearest-rank percentile.
    private static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** p50 in microseconds, for reports. */
    public double p50Micros() {
        return p50.toNanos() / 1000.0;
    }

    /** p99 in microseconds, for reports. */
    public double p99Micros() {
        return p99.toNanos() / 1000.0;
    }
}
