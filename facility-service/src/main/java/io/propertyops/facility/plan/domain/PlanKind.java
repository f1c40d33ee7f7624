package io.propertyops.facility.plan.domain;

/** What a plan's occurrences are. */
public enum PlanKind {
    /** Preventive maintenance (计划性维护): each occurrence is a work order in ticket-service. */
    MAINTENANCE,
    /** An inspection round (巡检) on a route. */
    INSPECTION,
    /** A supervisor's check of cleaning work (保洁检查: 日检、周检、月评), scored on the checklist. */
    CLEANING,
    /** A supervisor's check of greening work (绿化检查), scored on the checklist. */
    GREENING
}
