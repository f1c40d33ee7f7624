package io.propertyops.ticket.kpi.domain;

import java.time.Duration;

/** The work orders open when the period ended, by how long they had been open; each bucket includes its lower bound. */
public record Backlog(long underOneDay, long oneToThreeDays, long threeToSevenDays, long sevenDaysOrMore) {

    static Backlog of(Iterable<Duration> ages) {
        long[] buckets = new long[4];
        for (Duration age : ages) {
            long hours = age.toHours();
            buckets[hours < 24 ? 0 : hours < 72 ? 1 : hours < 168 ? 2 : 3]++;
        }
        return new Backlog(buckets[0], buckets[1], buckets[2], buckets[3]);
    }

    public long total() {
        return underOneDay + oneToThreeDays + threeToSevenDays + sevenDaysOrMore;
    }
}
