package io.propertyops.ticket.kpi.domain;

import io.propertyops.ticket.sla.domain.DeadlineKind;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The figures of one group of a report.
 *
 * @param key          the community, technician, category or agent; null for work orders that had none
 *                     (never dispatched, not yet accepted)
 * @param response     submission to acceptance (受理), for work orders accepted in the period
 * @param arrival      submission to the first start on site, for work orders first started in the period
 * @param resolution   submission to the last resolution in the period, so a fix that had to be redone counts its
 *                     whole time; time on hold included
 * @param onTime       per deadline kind, deadlines met by their due time (counted when met) among those and the
 *                     breached ones (counted when they fell due, unmet, while the work order ran)
 * @param firstTimeFix work orders resolved in the period that were never reopened, among all resolved in it
 * @param reopens      reopens in the period, among resolutions in it
 */
public record KpiFigures(String key, Counts counts, ServiceTime response, ServiceTime arrival, ServiceTime resolution,
                         Map<DeadlineKind, Share> onTime, Share firstTimeFix, Share reopens, Backlog backlog) {

    public KpiFigures {
        EnumMap<DeadlineKind, Share> inOrder = new EnumMap<>(DeadlineKind.class);
        inOrder.putAll(onTime);
        onTime = Collections.unmodifiableMap(inOrder);
    }
}
