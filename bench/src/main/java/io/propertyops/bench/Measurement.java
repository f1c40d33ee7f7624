package io.propertyops.bench;

import org.HdrHistogram.Histogram;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one load step measured: requests that answered as expected, the others by status, throughput and the
 * latency percentiles of the expected ones, in milliseconds.
 */
public record Measurement(String name, int concurrency, long ok, long failed, Map<String, Long> failures,
                          double seconds, double perSecond, double p50, double p90, double p99, double max) {

    /** Latencies are recorded in microseconds. */
    public static Measurement of(String name, int concurrency, Histogram micros, Map<String, Long> failures,
                                 Duration elapsed) {
        double seconds = elapsed.toNanos() / 1e9;
        long failed = failures.values().stream().mapToLong(Long::longValue).sum();
        long ok = micros.getTotalCount();
        return new Measurement(name, concurrency, ok, failed, new TreeMap<>(failures), seconds,
                seconds > 0 ? ok / seconds : 0,
                millis(micros, 50), millis(micros, 90), millis(micros, 99),
                ok == 0 ? 0 : micros.getMaxValue() / 1000.0);
    }

    private static double millis(Histogram micros, double percentile) {
        return micros.getTotalCount() == 0 ? 0 : micros.getValueAtPercentile(percentile) / 1000.0;
    }

    /** A histogram for latencies from 1 µs to 10 minutes at 3 significant digits. */
    public static Histogram histogram() {
        return new Histogram(1, Duration.ofMinutes(10).toNanos() / 1000, 3);
    }
}
