package io.propertyops.ticket.shared.domain;

/** How fast the estate must respond; it selects the SLA deadlines (紧急 / 加急 / 一般 / 低). */
public enum Urgency {
    EMERGENCY, URGENT, NORMAL, LOW
}
