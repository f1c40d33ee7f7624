package io.propertyops.ticket.kpi.domain;

import java.time.Duration;
import java.util.List;

/**
 * How long something took across the work orders of a report, from submission.
 *
 * @param average null when nothing was measured
 * @param p90     the nearest-rank 90th percentile: the time within which nine in ten were done; null when nothing
 *                was measured
 */
public record ServiceTime(int count, Duration average, Duration p90) {

    static ServiceTime of(List<Duration> durations) {
        if (durations.isEmpty()) {
            return new ServiceTime(0, null, null);
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        Duration total = sorted.stream().reduce(Duration.ZERO, Duration::plus);
        int n = sorted.size();
        int rank = (9 * n + 9) / 10;
        return new ServiceTime(n, total.dividedBy(n), sorted.get(rank - 1));
    }
}
