package io.propertyops.facility.equipment.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A work order about a piece of equipment, keyed by the work order: what a work-order event is looked up by. */
@Document(WorkOrderLinkDocument.COLLECTION)
record WorkOrderLinkDocument(@Id String workOrderId, String equipmentId) {

    static final String COLLECTION = "equipment_work_orders";
}
