package io.propertyops.facility.finding.domain;

/** How bad a finding is; ticket-service sets the work order's urgency from it. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
