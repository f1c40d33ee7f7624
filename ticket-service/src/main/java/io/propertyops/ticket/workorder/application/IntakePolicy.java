package io.propertyops.ticket.workorder.application;

import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.workorder.application.WorkOrderService.Report;
import io.propertyops.ticket.workorder.domain.Channel;
import io.propertyops.ticket.workorder.domain.WorkOrderRequest;

/**
 * Who may report what, and as whom: the request a report becomes, by the caller's role. Owners and residents report
 * through the app as themselves; staff log what came by phone, at the desk or by WeChat; an integration client
 * reports for an owner it knows by unit, name and phone.
 */
final class IntakePolicy {

    private IntakePolicy() {
    }

    /** @throws RuleViolationException or NotFoundException when the caller may not report this so */
    static WorkOrderRequest requestFrom(Caller caller, Report report) {
        return caller.hasRole(Roles.INTEGRATION) ? forOwner(caller, report)
                : caller.hasAnyRole(Roles.OWNER, Roles.RESIDENT) ? fromResident(caller, report)
                : loggedByStaff(caller, report);
    }

    /**
     * Staff log a request that came by phone, at the desk or by WeChat, for the person who made it, or one they
     * found themselves. The reporter on record is the owner's person id when staff know it (so the owner sees it in
     * the app), else the staff member.
     */
    private static WorkOrderRequest loggedByStaff(Caller staff, Report report) {
        String communityId = required(report.communityId(), "communityId", "staff-intake");
        if (!staff.inCommunity(communityId)) {
            throw new NotFoundException("Community", communityId);
        }
        Channel channel = report.channel() == null ? Channel.HOTLINE : report.channel();
        if (!channel.loggedByStaff()) {
            throw new RuleViolationException("staff-channel", "channel",
                    "Staff log requests from HOTLINE, WALK_IN, WECHAT or STAFF_FOUND");
        }
        boolean forSomeone = channel != Channel.STAFF_FOUND;
        return new WorkOrderRequest(communityId, report.unitId(),
                report.reporterId() != null ? report.reporterId() : staff.id(),
                forSomeone ? required(report.reporterName(), "reporterName", "staff-intake") : staff.name(),
                forSomeone ? required(report.reporterPhone(), "reporterPhone", "staff-intake") : null,
                report.kind(), report.category(), report.urgency(), channel, report.title(), report.description(),
                report.location(), report.equipmentId());
    }

    private static WorkOrderRequest fromResident(Caller caller, Report report) {
        if (report.kind().internal()) {
            throw new RuleViolationException("internal-kind", "kind", report.kind() + " is raised by staff only");
        }
        if (report.channel() != null || report.reporterId() != null) {
            throw new RuleViolationException("reporter-is-caller", report.channel() != null ? "channel" : "reporterId",
                    "Owners and residents report through the app as themselves");
        }
        if (report.reporterName() != null || report.reporterPhone() != null) {
            throw new RuleViolationException("reporter-is-caller", report.reporterName() != null ? "reporterName" : "reporterPhone",
                    "Owners and residents report as themselves; reporterName and reporterPhone are for integration clients");
        }
        String communityId = communityOf(caller, report.communityId());
        if (report.unitId() != null && !caller.ownsUnit(report.unitId())) {
            throw new NotFoundException("Unit", report.unitId());
        }
        return new WorkOrderRequest(communityId, report.unitId(), caller.id(), caller.name(), null,
                report.kind(), report.category(), report.urgency(), Channel.APP, report.title(),
                report.description(), report.location(), report.equipmentId());
    }

    /**
     * ticket-service knows no owner accounts, so an integration cannot name one: it names the unit and the person
     * to call back, and stays the reporter on record. The unit is taken on trust within the client's community.
     */
    private static WorkOrderRequest forOwner(Caller client, Report report) {
        String communityId = required(report.communityId(), "communityId", "integration");
        if (!client.inCommunity(communityId)) {
            throw new NotFoundException("Community", communityId);
        }
        return new WorkOrderRequest(communityId, required(report.unitId(), "unitId", "integration"), client.id(),
                required(report.reporterName(), "reporterName", "integration"),
                required(report.reporterPhone(), "reporterPhone", "integration"),
                report.kind(), report.category(), report.urgency(), Channel.API, report.title(),
                report.description(), report.location(), report.equipmentId());
    }

    private static String required(String value, String field, String who) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException("required-for-" + who, field, field + " is required for " + who);
        }
        return value;
    }

    private static String communityOf(Caller caller, String requested) {
        if (requested != null) {
            if (!caller.inCommunity(requested)) {
                throw new NotFoundException("Community", requested);
            }
            return requested;
        }
        if (caller.communityIds().size() == 1) {
            return caller.communityIds().iterator().next();
        }
        throw new RuleViolationException("community-required", "communityId",
                caller.communityIds().isEmpty() ? "You are not bound to any community yet"
                        : "You live in several communities; say which one");
    }
}
