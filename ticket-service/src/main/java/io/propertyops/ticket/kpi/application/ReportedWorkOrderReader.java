package io.propertyops.ticket.kpi.application;

import io.propertyops.ticket.kpi.domain.ReportedWorkOrder;
import io.propertyops.ticket.kpi.domain.ReportingPeriod;
import io.propertyops.ticket.kpi.domain.WorkOrderSearch;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import java.time.Instant;
import java.util.List;

/**
 * Reads the work orders ticket-service stores, as far as the reports need them (port). Only reads: the work-order
 * aggregate and its repository stay the only writers.
 */
public interface ReportedWorkOrderReader {

    /** The matching work orders, newest first, with their total. */
    Page<ReportedWorkOrder> search(WorkOrderSearch search, Instant now, Pageable pageable);

    /**
     * The community's work orders a period may count: submitted before it ended, and changed since it began or
     * still open (which includes everything open when it ended).
     */
    List<ReportedWorkOrder> touchedIn(String communityId, ReportingPeriod period);
}
