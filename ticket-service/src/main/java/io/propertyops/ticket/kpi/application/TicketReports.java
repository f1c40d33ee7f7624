package io.propertyops.ticket.kpi.application;

import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.kpi.domain.GroupBy;
import io.propertyops.ticket.kpi.domain.KpiReport;
import io.propertyops.ticket.kpi.domain.ReportedWorkOrder;
import io.propertyops.ticket.kpi.domain.ReportingPeriod;
import io.propertyops.ticket.kpi.domain.WorkOrderKpis;
import io.propertyops.ticket.kpi.domain.WorkOrderSearch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;

/** Staff queries and KPIs over a community's work orders, for its own staff only. */
@Service
public class TicketReports {

    private final ReportedWorkOrderReader workOrders;
    private final Clock clock;

    TicketReports(ReportedWorkOrderReader workOrders, Clock clock) {
        this.workOrders = workOrders;
        this.clock = clock;
    }

    /** A work order that matched a search, and whether it is overdue by the time the search ran at. */
    public record Found(ReportedWorkOrder workOrder, boolean overdue) {
    }

    /** A page of the work orders that match, newest first. */
    public Page<Found> search(Caller caller, WorkOrderSearch search, Pageable pageable) {
        caller.requireCommunity(search.communityId());
        Instant now = clock.instant();
        return workOrders.search(search, now, pageable).map(w -> new Found(w, w.isOverdueAt(now)));
    }

    public KpiReport kpis(Caller caller, String communityId, ReportingPeriod period, GroupBy groupBy, int minRequests) {
        caller.requireCommunity(communityId);
        return WorkOrderKpis.report(communityId, workOrders.touchedIn(communityId, period), period, groupBy,
                minRequests, clock.instant());
    }

}
