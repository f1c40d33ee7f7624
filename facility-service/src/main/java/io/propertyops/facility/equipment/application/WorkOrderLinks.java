package io.propertyops.facility.equipment.application;

import java.util.Collection;
import java.util.Map;

/** Which work orders are about which equipment, as ticket-service told (a small collection keyed by work order). */
public interface WorkOrderLinks {

    /** Records that the work order is about the equipment; a second time changes nothing. */
    void link(String workOrderId, String equipmentId);

    /** The equipment of those of these work orders that are about one, by work order id. */
    Map<String, String> equipmentOf(Collection<String> workOrderIds);
}
