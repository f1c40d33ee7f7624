package io.propertyops.facility.equipment.application;

import io.propertyops.events.ticket.Charges;
import io.propertyops.events.ticket.WorkOrderClosed;
import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.events.ticket.WorkOrderEvent;
import io.propertyops.events.ticket.WorkOrderFacts;
import io.propertyops.events.ticket.WorkOrderResolved;
import io.propertyops.events.ticket.WorkOrderSourceLinked;
import io.propertyops.facility.equipment.domain.Equipment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the ledger's work orders (维修记录) from ticket-service's events: a work order opened about equipment, or a
 * finding about equipment added to one, is recorded on it (and the map of work orders to equipment kept); its
 * resolution ends the downtime it fixed, bringing the equipment back into operation; its closing adds its charges to
 * the repair cost. Each is recorded once, however often the event comes.
 */
@Service
public class EquipmentWorkOrders {

    private static final Logger log = LoggerFactory.getLogger(EquipmentWorkOrders.class);
    /** The only currency the ledger keeps repair cost in. */
    static final String CURRENCY = "CNY";

    private final EquipmentLedger ledger;
    private final WorkOrderLinks links;

    EquipmentWorkOrders(EquipmentLedger ledger, WorkOrderLinks links) {
        this.ledger = ledger;
        this.links = links;
    }

    /** A batch of work-order events in the order they came: one read of the map for the whole batch. */
    public void handle(List<WorkOrderEvent> events) {
        List<String> ended = events.stream()
                .filter(e -> e instanceof WorkOrderResolved || e instanceof WorkOrderClosed)
                .map(WorkOrderEvent::aggregateId).distinct().toList();
        Map<String, String> equipmentOf = new HashMap<>(ended.isEmpty() ? Map.of() : links.equipmentOf(ended));
        for (WorkOrderEvent event : events) {
            switch (event) {
                case WorkOrderCreated created when created.equipmentId() != null -> linked(equipmentOf,
                        created.aggregateId(), created.equipmentId(), created.communityId(), created.number(),
                        created.kind(), created.category(), created.title(), created.occurredAt());
                case WorkOrderSourceLinked linked when linked.equipmentId() != null -> linked(equipmentOf,
                        linked.aggregateId(), linked.equipmentId(), linked.workOrder().communityId(),
                        linked.workOrder().number(), linked.workOrder().kind(), linked.workOrder().category(), null,
                        linked.occurredAt());
                case WorkOrderResolved resolved -> Optional.ofNullable(equipmentOf.get(resolved.aggregateId()))
                        .ifPresent(equipmentId -> ledger.apply(equipmentId, equipment ->
                                equipment.workOrderResolved(resolved.aggregateId(), resolved.result(), resolved.occurredAt())));
                case WorkOrderClosed closed -> Optional.ofNullable(equipmentOf.get(closed.aggregateId()))
                        .ifPresent(equipmentId -> ledger.apply(equipmentId, equipment ->
                                equipment.workOrderClosed(closed.aggregateId(), cost(closed), closed.occurredAt())));
                default -> {
                }
            }
        }
    }

    private void linked(Map<String, String> equipmentOf, String workOrderId, String equipmentId, String communityId,
                        String number, String kind, String category, String title, Instant at) {
        Optional<Equipment> equipment = ledger.find(equipmentId);
        if (equipment.isEmpty() || !equipment.get().communityId().equals(communityId)) {
            log.warn("Work order {} names equipment {} that community {}'s ledger does not have; not recorded",
                    number, equipmentId, communityId);
            return;
        }
        links.link(workOrderId, equipmentId);
        equipmentOf.put(workOrderId, equipmentId);
        ledger.apply(equipmentId, stored -> stored.workOrderLinked(workOrderId, number, kind, category, title, at)
                .map(next -> new Equipment.Changed(next, null)));
    }

    /** What the work order charged, in CNY; null when it was free (or charged in another currency, which is logged). */
    private static BigDecimal cost(WorkOrderClosed closed) {
        Charges charges = closed.charges();
        if (charges == null) {
            return null;
        }
        WorkOrderFacts facts = closed.workOrder();
        if (!CURRENCY.equals(charges.currency())) {
            log.warn("Work order {} charged {} {}: the ledger keeps repair cost in {} only", facts.number(),
                    charges.total(), charges.currency(), CURRENCY);
            return null;
        }
        return new BigDecimal(charges.total());
    }
}
