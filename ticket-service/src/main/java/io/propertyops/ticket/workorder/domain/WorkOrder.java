package io.propertyops.ticket.workorder.domain;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.ticket.WorkOrderCreated;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A work order (工单): one request from an owner, resident or staff member, followed from intake to archive.
 * It owns its state; each command checks the current state, changes it and records the event it causes.
 */
public final class WorkOrder {

    private final String id;
    private final String number;
    private final WorkOrderRequest request;
    private final Instant submittedAt;
    private WorkOrderStatus status;
    private final long version;
    private final List<DomainEvent> recordedEvents = new ArrayList<>();

    private WorkOrder(String id, String number, WorkOrderRequest request, Instant submittedAt,
                      WorkOrderStatus status, long version) {
        this.id = Objects.requireNonNull(id);
        this.number = Objects.requireNonNull(number);
        this.request = Objects.requireNonNull(request);
        this.submittedAt = Objects.requireNonNull(submittedAt);
        this.status = Objects.requireNonNull(status);
        this.version = version;
    }

    /** A new request arrives and is registered (受理 comes next, by the service centre). */
    public static WorkOrder submit(String id, String number, WorkOrderRequest request, Clock clock) {
        Categories.require(request.category());
        Instant now = clock.instant();
        WorkOrder workOrder = new WorkOrder(id, number, request, now, WorkOrderStatus.SUBMITTED, 0);
        workOrder.recordedEvents.add(new WorkOrderCreated(UUID.randomUUID().toString(), id, now, number,
                request.communityId(), request.unitId(), request.reporterId(), request.reporterName(),
                request.kind().name(), request.category(), request.urgency().name(), request.channel().name(),
                request.title(), request.description(), request.location()));
        return workOrder;
    }

    /** Rebuilds a stored work order; it records no events. */
    public static WorkOrder restore(String id, String number, WorkOrderRequest request, Instant submittedAt,
                                    WorkOrderStatus status, long version) {
        return new WorkOrder(id, number, request, submittedAt, status, version);
    }

    /** The events recorded since the last call, handed to the outbox with the state they belong to. */
    public List<DomainEvent> pullEvents() {
        List<DomainEvent> events = List.copyOf(recordedEvents);
        recordedEvents.clear();
        return events;
    }

    public boolean isVisibleTo(String personId) {
        return request.reporterId().equals(personId);
    }

    public String id() {
        return id;
    }

    public String number() {
        return number;
    }

    public WorkOrderRequest request() {
        return request;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public WorkOrderStatus status() {
        return status;
    }

    public long version() {
        return version;
    }
}
