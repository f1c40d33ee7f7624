package io.propertyops.ticket.workorder.domain;

import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.shared.domain.WorkOrderKind;

import java.util.Objects;

/**
 * What the reporter asked for, already checked for shape; the aggregate checks the rules.
 *
 * @param unitId        the unit concerned, null for a common area
 * @param reporterId    the account or integration client that reported it
 * @param reporterPhone who to call back when the reporter is not the person concerned (an integration reporting
 *                      for an owner); null when the reporter's account says it
 * @param location      where in the unit or common area, free text, may be null
 * @param equipmentId   the equipment (设施设备) of facility's ledger it is about — an owner who scanned the QR label of a
 *                      common-area asset, a finding about a pump; null when none is named
 */
public record WorkOrderRequest(String communityId, String unitId, String reporterId, String reporterName,
                               String reporterPhone, WorkOrderKind kind, String category, Urgency urgency, Channel channel,
                               String title, String description, String location, String equipmentId) {

    /** A request about no particular equipment. */
    public WorkOrderRequest(String communityId, String unitId, String reporterId, String reporterName,
                            String reporterPhone, WorkOrderKind kind, String category, Urgency urgency, Channel channel,
                            String title, String description, String location) {
        this(communityId, unitId, reporterId, reporterName, reporterPhone, kind, category, urgency, channel, title,
                description, location, null);
    }

    public WorkOrderRequest {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(title, "title");
    }

    public WorkOrderRequest withUrgency(Urgency changed) {
        return new WorkOrderRequest(communityId, unitId, reporterId, reporterName, reporterPhone, kind, category,
                changed, channel, title, description, location, equipmentId);
    }
}
