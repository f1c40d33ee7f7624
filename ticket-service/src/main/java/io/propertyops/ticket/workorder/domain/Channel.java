package io.propertyops.ticket.workorder.domain;

/** How a request reached the service centre. */
public enum Channel {
    APP, HOTLINE, WALK_IN, WECHAT, PORTAL, STAFF_FOUND, INSPECTION, SYSTEM, API;

    /** The channels through which staff log a request for someone, or for what they found themselves. */
    public boolean loggedByStaff() {
        return this == HOTLINE || this == WALK_IN || this == WECHAT || this == STAFF_FOUND;
    }
}
