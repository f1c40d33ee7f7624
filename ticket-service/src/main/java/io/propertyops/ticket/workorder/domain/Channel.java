package io.propertyops.ticket.workorder.domain;

/** How a request reached the service centre. */
public enum Channel {
    APP, HOTLINE, WALK_IN, PORTAL, INSPECTION, API
}
