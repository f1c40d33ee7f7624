package io.propertyops.ticket.kpi.domain;

import java.time.Instant;

/**
 * What a KPI report is broken down by. Each work order falls into one group, as it stood when the period ended.
 * There is no notion of a team yet (dispatch knows technicians and their skills only), so there is no team here.
 */
public enum GroupBy {
    /** One group: the whole community. */
    COMMUNITY,
    /** The technician it was last dispatched to; never dispatched ones in a group without a key. */
    TECHNICIAN,
    CATEGORY,
    /** 首问负责人: the agent who accepted it and stays accountable; not yet accepted ones in a group without a key. */
    AGENT;

    String keyOf(ReportedWorkOrder workOrder, Instant end) {
        return switch (this) {
            case COMMUNITY -> workOrder.communityId();
            case TECHNICIAN -> workOrder.technicianBefore(end);
            case CATEGORY -> workOrder.category();
            case AGENT -> workOrder.agentBefore(end);
        };
    }
}
