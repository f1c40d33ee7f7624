package io.propertyops.ticket.kpi.domain;

import io.propertyops.ticket.sla.domain.Deadline;
import io.propertyops.ticket.sla.domain.DeadlineKind;
import io.propertyops.ticket.workorder.domain.TimelineEntry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Counts a community's KPIs over a period from its work orders' timelines and deadlines. A fact counts in the
 * period in which it happened; the open work and its age are taken at the period's end (or now, while the period
 * runs). A work order belongs to the group it was in at that moment.
 */
public final class WorkOrderKpis {

    private WorkOrderKpis() {
    }

    /**
     * @param workOrders  the community's work orders the period touched, or more: the others count for nothing
     * @param minRequests how many requests in the period make a unit or category recurring
     */
    public static KpiReport report(String communityId, Collection<ReportedWorkOrder> workOrders, ReportingPeriod period,
                                   GroupBy groupBy, int minRequests, Instant now) {
        Instant asOf = period.to().isAfter(now) ? now : period.to();
        Map<String, List<ReportedWorkOrder>> groups = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
        if (groupBy == GroupBy.COMMUNITY) {
            groups.put(communityId, new ArrayList<>());
        }
        for (ReportedWorkOrder workOrder : workOrders) {
            groups.computeIfAbsent(groupBy.keyOf(workOrder, asOf), key -> new ArrayList<>()).add(workOrder);
        }
        List<KpiFigures> figures = groups.entrySet().stream()
                .map(group -> figures(group.getKey(), group.getValue(), period, asOf))
                .toList();
        return new KpiReport(communityId, period, asOf, groupBy, figures, highFrequency(workOrders, period, minRequests));
    }

    static KpiFigures figures(String key, List<ReportedWorkOrder> workOrders, ReportingPeriod period, Instant asOf) {
        List<ReportedWorkOrder> resolved = workOrders.stream()
                .filter(w -> !w.steps(ReportedWorkOrder.RESOLVED, period).isEmpty()).toList();
        List<ReportedWorkOrder> open = workOrders.stream().filter(w -> w.isOpenBefore(asOf)).toList();
        Counts counts = new Counts(
                count(workOrders, w -> period.contains(w.submittedAt())),
                resolved.size(),
                count(workOrders, w -> !w.steps(ReportedWorkOrder.CLOSED, period).isEmpty()),
                count(workOrders, w -> !w.steps(ReportedWorkOrder.CANCELLED, period).isEmpty()),
                open.size());
        return new KpiFigures(key, counts,
                timeTo(workOrders, w -> w.first(ReportedWorkOrder.ACCEPTED).filter(e -> period.contains(e.at()))),
                timeTo(workOrders, w -> w.first(ReportedWorkOrder.STARTED).filter(e -> period.contains(e.at()))),
                timeTo(workOrders, w -> w.steps(ReportedWorkOrder.RESOLVED, period).stream().reduce((a, b) -> b)),
                onTime(workOrders, period, asOf),
                new Share(count(resolved, w -> !w.wasReopened()), resolved.size()),
                new Share(steps(workOrders, ReportedWorkOrder.REOPENED, period), steps(workOrders, ReportedWorkOrder.RESOLVED, period)),
                Backlog.of(open.stream().map(w -> Duration.between(w.submittedAt(), asOf)).toList()));
    }

    private static ServiceTime timeTo(List<ReportedWorkOrder> workOrders,
                                      Function<ReportedWorkOrder, Optional<TimelineEntry>> step) {
        return ServiceTime.of(workOrders.stream()
                .flatMap(w -> step.apply(w).map(entry -> Duration.between(w.submittedAt(), entry.at())).stream())
                .toList());
    }

    private static Map<DeadlineKind, Share> onTime(List<ReportedWorkOrder> workOrders, ReportingPeriod period, Instant asOf) {
        Map<DeadlineKind, long[]> tally = new EnumMap<>(DeadlineKind.class);
        for (ReportedWorkOrder workOrder : workOrders) {
            workOrder.deadlines().forEach((kind, deadline) -> outcome(workOrder, deadline, period, asOf).ifPresent(met -> {
                long[] counts = tally.computeIfAbsent(kind, k -> new long[2]);
                counts[met ? 0 : 1]++;
            }));
        }
        Map<DeadlineKind, Share> shares = new EnumMap<>(DeadlineKind.class);
        tally.forEach((kind, counts) -> shares.put(kind, new Share(counts[0], counts[0] + counts[1])));
        return shares;
    }

    /**
     * True for a deadline met by its due time, counted when it was met; false for a breach, counted when the deadline
     * fell due unmet while the work order ran (not on hold, not ended) — a breach stays one when met later. Empty when
     * it does not count in this period.
     */
    static Optional<Boolean> outcome(ReportedWorkOrder workOrder, Deadline deadline, ReportingPeriod period, Instant asOf) {
        if (deadline.isMet() && !deadline.metAt().isAfter(deadline.due())) {
            return period.contains(deadline.metAt()) ? Optional.of(true) : Optional.empty();
        }
        boolean fellDue = period.contains(deadline.due()) && deadline.due().isBefore(asOf);
        boolean running = ReportedWorkOrder.RUNNING.contains(workOrder.statusBefore(deadline.due()));
        return fellDue && running ? Optional.of(false) : Optional.empty();
    }

    static HighFrequency highFrequency(Collection<ReportedWorkOrder> workOrders, ReportingPeriod period, int minRequests) {
        List<ReportedWorkOrder> submitted = workOrders.stream().filter(w -> period.contains(w.submittedAt())).toList();
        return new HighFrequency(minRequests,
                recurring(submitted.stream().filter(w -> w.unitId() != null).toList(), ReportedWorkOrder::unitId, minRequests),
                recurring(submitted, ReportedWorkOrder::category, minRequests));
    }

    private static List<Recurring> recurring(List<ReportedWorkOrder> submitted, Function<ReportedWorkOrder, String> key,
                                             int minRequests) {
        return submitted.stream().collect(Collectors.groupingBy(key, Collectors.counting())).entrySet().stream()
                .filter(entry -> entry.getValue() >= minRequests)
                .map(entry -> new Recurring(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(Recurring::requests).reversed().thenComparing(Recurring::key))
                .toList();
    }

    private static long count(List<ReportedWorkOrder> workOrders, Predicate<ReportedWorkOrder> which) {
        return workOrders.stream().filter(which).count();
    }

    private static long steps(List<ReportedWorkOrder> workOrders, String action, ReportingPeriod period) {
        return workOrders.stream().mapToLong(w -> w.steps(action, period).size()).sum();
    }
}
