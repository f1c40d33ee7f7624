package io.propertyops.events.ticket;

import io.propertyops.events.DomainEvent;

/**
 * An event of a work order (工单), published on {@code propertyops.ticket.v1}. A consumer switches over it with
 * pattern matching, and the compiler tells it when a new event of this topic is added.
 */
public sealed interface WorkOrderEvent extends DomainEvent
        permits WorkOrderAccepted, WorkOrderArchived, WorkOrderCancelled, WorkOrderClosed, WorkOrderConfirmed,
                WorkOrderCreated, WorkOrderDeclined, WorkOrderDispatched, WorkOrderDueSoon, WorkOrderEscalated,
                WorkOrderOverdue, WorkOrderPaused, WorkOrderQuoteDecided, WorkOrderQuoted, WorkOrderReopened,
                WorkOrderResolved, WorkOrderResumed, WorkOrderRevisited, WorkOrderStarted, WorkOrderTaken,
                WorkOrderSourceLinked, WorkOrderUrged, WorkOrderUrgencyChanged {
}
