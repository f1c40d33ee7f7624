package io.propertyops.ticket.workorder.application;

import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.workorder.domain.WorkOrder;

/** Who may see a work order; anyone else is answered as if it did not exist. */
final class Visibility {

    private Visibility() {
    }

    /**
     * Owners see what they reported; technicians the work dispatched to them; other staff and integration clients
     * their communities' work orders.
     */
    static boolean mayRead(Caller caller, WorkOrder workOrder) {
        String communityId = workOrder.request().communityId();
        if (caller.hasRole(Roles.INTEGRATION)) {
            return caller.hasScope(TicketScopes.READ) && caller.inCommunity(communityId);
        }
        if (workOrder.isVisibleTo(caller.id())) {
            return true;
        }
        if (caller.hasRole(Roles.TECHNICIAN) && caller.id().equals(workOrder.progress().assigneeId())) {
            return true;
        }
        boolean staff = caller.hasAnyRole(Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN);
        return staff && caller.inCommunity(communityId);
    }
}
