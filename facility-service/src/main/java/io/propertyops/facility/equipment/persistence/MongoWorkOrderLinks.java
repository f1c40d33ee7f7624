package io.propertyops.facility.equipment.persistence;

import io.propertyops.facility.equipment.application.WorkOrderLinks;
import io.propertyops.starter.messaging.Effects;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/** The map of work orders to equipment in {@value WorkOrderLinkDocument#COLLECTION}, read by {@code _id}. */
@Repository
class MongoWorkOrderLinks implements WorkOrderLinks {

    private final MongoTemplate mongo;

    MongoWorkOrderLinks(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void link(String workOrderId, String equipmentId) {
        Effects.insertOnce(mongo, new WorkOrderLinkDocument(workOrderId, equipmentId));
    }

    @Override
    public Map<String, String> equipmentOf(Collection<String> workOrderIds) {
        return mongo.find(Query.query(Criteria.where("_id").in(workOrderIds)), WorkOrderLinkDocument.class).stream()
                .collect(Collectors.toMap(WorkOrderLinkDocument::workOrderId, WorkOrderLinkDocument::equipmentId));
    }
}
