package io.propertyops.facility.meter.persistence;

import io.propertyops.events.facility.ConsumptionApproved;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A unit's published consumption of one kind for a month, at one version ({@code <aggregateId>:v<version>}), with
 * its {@code ConsumptionApproved} waiting until the relay sent it.
 */
@Document(ConsumptionDocument.COLLECTION)
record ConsumptionDocument(@Id String id, String communityId, String period, String unitId, String meterKind,
                           BigDecimal quantity, BigDecimal ownQuantity, BigDecimal sharedQuantity, String quantityUnit,
                           long version, Instant publishedAt, List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "meter_consumption";

    static ConsumptionDocument of(ConsumptionApproved event, List<OutboxMessage> events) {
        return new ConsumptionDocument(event.aggregateId() + ":v" + event.version(), event.communityId(),
                event.period(), event.unitId(), event.meterKind(), event.quantity(), event.ownQuantity(),
                event.sharedQuantity(), event.quantityUnit(), event.version(), event.occurredAt(), events);
    }

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }
}
