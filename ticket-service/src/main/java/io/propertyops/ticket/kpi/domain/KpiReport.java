package io.propertyops.ticket.kpi.domain;

import java.time.Instant;
import java.util.List;

/**
 * A community's KPIs over a period.
 *
 * @param asOf   when the period's end state was taken: its end, or now while it is still running
 * @param groups one per key, keys in order, the group without a key last
 */
public record KpiReport(String communityId, ReportingPeriod period, Instant asOf, GroupBy groupBy,
                        List<KpiFigures> groups, HighFrequency highFrequency) {

    public KpiReport {
        groups = List.copyOf(groups);
    }
}
